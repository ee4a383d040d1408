/** The pane's locale, given once at the top and read by every component. */
import * as React from "react";
import type { Locale } from "../../core/model/diagnostic";
import { t, type MessageData, type MessageId } from "../../i18n";

const LocaleContext = React.createContext<Locale>("zh-CN");

export const LocaleProvider = LocaleContext.Provider;

export function useLocale(): Locale {
  return React.useContext(LocaleContext);
}

/** `tr("checkSheet")` in the pane's language. */
export function useT(): (id: MessageId, data?: MessageData) => string {
  const locale = useLocale();
  return React.useCallback((id: MessageId, data?: MessageData) => t(locale, id, data), [locale]);
}
