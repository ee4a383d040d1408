/**
 * Each comparator spelling with its mirror (`≥` ↔ `≤`, 不少于 → 不超过), as data:
 * the suggestions that turn a value's comparator round read it.
 */

export const COMPARATOR_MIRROR: Readonly<Record<string, string>> = {
  "≥": "≤",
  "≤": "≥",
  "≧": "≤",
  "≦": "≥",
  ">=": "≤",
  "<=": "≥",
  "＞＝": "≤",
  "＜＝": "≥",
  ">": "<",
  "<": ">",
  "＞": "＜",
  "＜": "＞",
  不少于: "不超过",
  不低于: "不高于",
  不小于: "不大于",
  至少: "最多",
  大于等于: "小于等于",
  不超过: "不低于",
  不高于: "不低于",
  不大于: "不小于",
  不多于: "不少于",
  最多: "至少",
  小于等于: "大于等于",
  超过: "低于",
  超: "低于",
  大于: "小于",
  高于: "低于",
  多于: "少于",
  少于: "多于",
  低于: "高于",
  小于: "大于",
  以上: "以内",
  及以上: "及以下",
  以下: "以上",
  及以下: "及以上",
  以内: "以上",
};

/** Comparators written after the number (`100%以上`): a mirror replaces the last occurrence. */
export const SUFFIX_COMPARATORS: ReadonlySet<string> = new Set(["以上", "及以上", "以下", "及以下", "以内"]);
