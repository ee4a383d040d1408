/**
 * Deadlines and periods written as words in a 指标值 (`年底前`, `第四季度`, `汛期前`, `合同约定工期`): they say
 * when, as a date does, so timeliness-vague accepts a 时效指标 value that holds one. Data, not logic.
 */
export const TIME_WORDS = new RegExp(
  [
    String.raw`年底|年末|年初|年内|年度内|年中|月底|月末|月初|月中|季末|季度末|[一二三四1-4]季度|上半年|下半年`,
    String.raw`当年|当月|当日|当天|次日|按月|每月|按季|每季|按年|每年|按周|每周|每日|每天|实时|即时|全天候`,
    // The next month, this quarter, every ten days, every other day; a report by its period (`月报`, `季报`: filed
    // monthly, quarterly): seventeenth session's review.
    String.raw`次月|下月|次周|当季度?|每旬|按旬|隔日|隔天|(?:日|周|旬|月|季|年)报`,
    // Holidays and heating seasons are fixed dates (民政, 组织部 and 退役军人 慰问 tables: `“七一”前`, `两节期间`).
    String.raw`汛期前|汛前|开学前|春节前|节前|假期|元旦|[“"「]?(?:八一|七一|五一|十一)[”"」]?前|(?:供暖|采暖|供热)[季期]|` +
      String.raw`(?:春节|两节|国庆|中秋|端午)期间|播种前|收获[前后]|合同(?:约定)?(?:工期|期限)|合同约定|工期内`,
    // Seasons and terms of the farming and school year (`春耕前`, `春秋两季`, `按学期发放`), a heating season written
    // as dates (`11.15-次年3.15`), on the spot (`即办`), and with the works (`按工程进度拨付`).
    // A schedule kept with the calendar, or with the province's or city's average (`不低于序时进度`, `≥全省平均进度`).
    String.raw`序时进度|(?:全国|全省|全市|全县|全区|全州|全盟)平均进度`,
    // Regions' own fixed days and seasons (fourteenth session: 西藏, 内蒙古, 兵团, 云南, 东北): `藏历新年前`,
    // `那达慕大会前`, `次年春播前`, `入冬前`, `封冻前`, `雨季前`, `麦收前`, `冰雪季开始前`.
    String.raw`(?:藏历新年|那达慕(?:大会)?|雪顿节|火把节|三月三|开斋节|古尔邦节|肉孜节)前|` +
      String.raw`(?:春播|秋播|麦收|夏种|入冬|开春|封冻|解冻|上冻|雨季|旱季|雪季|冰雪季|冬季|枯水期|丰水期|汛期|禁牧期|休牧期)(?:开始|结束|来临|到来)?前`,
    // The spring and autumn campaigns of animal vaccination (`春防、秋防期间`): fixed seasons of the 农业 year.
    String.raw`春防|秋防|春秋防|春耕|秋收|夏收|[春夏秋冬]季|春秋两季|春秋季|每学期|按学期|学期[初末]|次年\d{1,2}[.月]|即办|即时办结|按(?:工程|项目|施工)进度`,
    // Durations in Chinese numerals (`三个月内`, `十个工作日内`, `两年`, `半年`) and opening hours.
    String.raw`[一二两三四五六七八九十半]+个?(?:年|月|周|星期|日|天|工作日|小时|季度)`,
    String.raw`周[一二三四五六日]至周[一二三四五六日]|\d{1,2}[:：]\d{2}`,
    // Periods the procedure laws or a schedule fix (fifteenth session: 政法 and 卫健 tables): `法定期限内`, `审限内`,
    // `按免疫程序`, as a contract fixes `合同约定工期`.
    String.raw`法定(?:期限|时限|工作日)|审限内|(?:免疫|接种)程序`,
    // A service kept all year round (`全年无休`, `全年不间断`; `全年` alone says no deadline), and sanitation's
    // same-day rule (`日产日清`, `日清日结`): sixteenth session's reviews.
    String.raw`全年(?:无休|不间断|常态化)|日清|日结`,
  ].join("|"),
);

/**
 * What may follow a deadline: the work done by then (`2022年12月底前完成`, `…全部完成验收`); not a status
 * (`已完工`) nor whom a value covers (stale-year).
 */
export const DEADLINE_WORK =
  /^(?:全部|基本|全面)?(?:完成|建成|竣工|验收|办结|交付|开工|投用|投入使用|上线|拨付|发放|下达)[\u4e00-\u9fff]{0,4}$/;
