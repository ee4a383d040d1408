/**
 * Deadlines and periods written as words in a 指标值 (`年底前`, `第四季度`, `汛期前`, `合同约定工期`): they say
 * when, as a date does, so timeliness-vague accepts a 时效指标 value that holds one. Data, not logic.
 */
export const TIME_WORDS =
  /年底|年末|年初|年内|年度内|年中|月底|月末|月初|月中|季末|季度末|[一二三四1-4]季度|上半年|下半年|当年|当月|当日|当天|次日|按月|每月|按季|每季|按年|每年|按周|每周|每日|每天|实时|即时|汛期前|汛前|开学前|春节前|节前|合同(?:约定)?(?:工期|期限)|工期内/;
