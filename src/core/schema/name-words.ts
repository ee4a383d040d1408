/**
 * Words in an indicator's name that say what kind of quantity it measures
 * (spec §5: shares, counts, money, growth rates, savings), as data. The value
 * rules ask `nameKind` (src/core/value/name-kind.ts), which reads these.
 */

export const GROWTH = /增长率|增幅|增速|提升率|提高率|上升率|涨幅|增长比例|增长幅度/;
export const SHARE = /(?:率|比例|比重|占比|满意度|满意率)$/;
export const NOT_SHARE = /(?:频率|功率|速率|效率)$/;
export const COUNT = /(?:数量|次数|人数|场次|个数|户数|家数|件数|台数|项数|期数|份数|人次|数)$/;
export const NOT_COUNT = /(?:指数|系数|分数|倍数|参数|函数|基数)$/;
export const SAVING = /节支率|节约率|节资率|政府采购率/;
export const MONEY = /投资|产值|经费|资金|补贴|补助|成本|费用|金额|收入|营收|税收|利润|销售额|奖励|预算|支出|资助|费$/;
export const NOT_MONEY = /(?:时间|时限|时长|及时性|数|率|比例|占比)$/;
