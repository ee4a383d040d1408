/**
 * What templates leave in a cell, as data: the numbering prefixes of names
 * (`指标1：`) and goal lines (`目标内容1：`), and the words of a scoring note
 * pasted behind a tab. text-artifact removes them; indicator-duplicate compares
 * names without them.
 */

/** `指标1：`, `指标1.`, `指标1、`, or `指标1` glued to the name (`指标1项目完成率`). */
// `指标1：`, `指标1.1：`, `指标1项目完成及时率`; not a number the name goes on with (`指标3个村覆盖数`, `指标2022年完成数`:
// seventeenth session's review, where the fix had cut them to `个村覆盖数`).
// The template's digits may be typed full-width with a Chinese input method (`指标１：`, `指标２`).
export const NAME_PREFIX =
  /^\s*指标\s*[\d０-９]{1,2}(?:[.．][\d０-９]{1,2})*\s*(?:[:：、]\s*|[.．](?![\d０-９])\s*|(?=[\u4e00-\u9fff])(?!个))/;
/** Goals hold one target per line, each perhaps numbered (`6.目标内容1：…`); the number stays. */
export const GOAL_PREFIX = /(^|\n)([ \t]*(?:\d+[.、．]\s*)?)目标内容\s*[\d０-９]+\s*[:：]?\s*/g;
/**
 * A scoring note behind a tab (`…\t完成指标值得满分…`, `\t问卷调查得分`): its words, or a score (`…得5分`). Not
 * `说明会` or `满意度评分` in a goal's next item (`1.完成培训500人\t2.开展政策说明会10场`): a note opens with 注,
 * 备注 or 说明 and a colon.
 */
// `满分率`, `得分率` are content (`组织体育测试\t满分率逐年提升`: seventeenth session's review).
export const NOTE_WORDS = /得分(?!\s*[≥≤><=＞＜＝≧≦\d率])|扣分|满分(?!率)|分值|评分标准|^\s*(?:注|备注|说明)\s*[:：]/;
/**
 * A tail behind a tab that opens another item (`\t2.学员考核平均得分≥85分`, `\t（2）…`, `\t②…`) or a bracket
 * (`\t（满分100分）`, the target's scale): the cell's content, never a note, whatever words it holds.
 */
export const CONTENT_TAIL = /^\s*(?:\d{1,2}\s*[.、．)）]|[(（【[]|[①-⑳]|[一二三四五六七八九十]{1,3}\s*[、.．])/;

/** A 三级 name that is only a template's placeholder: `……`, `…`, `指标2`, `指标２：`, `/`. */
export const FILLER_NAME = /^(…+|\.{2,}|。{2,}|—+|-+|\/|指标\s*[\d０-９]*[:：.．、]?)$/;

/** A mark that a cell does not apply (`无`, `/`, `—`, `不涉及`, `不适用`, `暂无`, `n/a`). */
export const NOT_APPLICABLE = /^(?:无|[/／\\]|[—―\-－]+|不涉及|不适用|未涉及|暂无|无此项|n\/?a)$/i;

/** A row's statement that it does not apply (`本项目不涉及`, `本年度无此项指标`). */
export const NOT_APPLICABLE_STATEMENT =
  /^本(?:项目|年度?|单位|部门)?(?:不涉及|不适用|无此(?:项|类)?)(?:指标|内容|情况)?[。.]?$/;
