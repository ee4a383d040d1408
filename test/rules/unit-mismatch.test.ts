import rule from "../../src/core/rules/unit-mismatch";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { compactOf, flatOf, flatRow, formOf, item, row } from "./value-rows";

const count = (name: string, value: string) => row("产出指标", "数量指标", name, value);
const quality = (name: string, value: string) => row("产出指标", "质量指标", name, value);
const cost = (name: string, value: string, level2 = "经济成本指标") => row("成本指标", level2, name, value);
const timely = (name: string, value: string) => row("产出指标", "时效指标", name, value);

runRule(rule, {
  valid: [
    {
      // Nineteenth session: only a share named by its days; a time limit under a 率 is timeliness' business.
      name: "days where no share of days is named (`空气质量优良天数 ≥300天`, `办结时限 ≤15个工作日`)",
      table: formOf([
        row("效益指标", "生态效益指标", "空气质量优良天数", "≥300天"),
        timely("办结时限", "≤15个工作日"),
        row("效益指标", "生态效益指标", "空气质量优良天数比例", "≥82%"),
        timely("响应及时率", "≥95%（2小时内）"),
        timely("办结时限", "≤3个工作日"),
        // The session's own review: the share written beside the days.
        row("效益指标", "生态效益指标", "空气质量优良天数比率", "≥310天（85%）"),
      ]),
    },
    {
      // Seventeenth session's review: the base named with 的 alone, as with 占 (`占总人口的30%`).
      name: "a count as a share of a base named with 的 (`不低于在编人数的90%`, `≥建档立卡户的90%`)",
      table: formOf([count("培训人数", "不低于在编人数的90%"), count("受益户数", "≥建档立卡户的90%")]),
    },
    {
      // Seventeenth session's review: late things in other words than 超期 and 逾期.
      name: "a count of late things under 时效 (`迟报次数 0次`, `进度滞后项目数 0个`, `工期延误次数 ≤1次`)",
      table: formOf([timely("迟报次数", "0次"), timely("进度滞后项目数", "0个"), timely("工期延误次数", "≤1次")]),
    },
    {
      name: "amounts whose names end in 数 (`“三公”经费控制数`, `项目预算控制数`) are no counts in money",
      table: formOf([
        row("成本指标", "经济成本指标", "“三公”经费控制数", "≤186.5万元"),
        row("成本指标", "经济成本指标", "项目预算控制数", "≤300万元"),
      ]),
    },
    {
      // Fifteenth session (政务服务, 法院 tables): timeliness stated as a count of things late.
      name: "a count of things late under 时效 (`超期办件数 0件`, `长期未结案件 0件`, `逾期未办结事项 0个`)",
      table: formOf([timely("超期办件数", "0件"), timely("长期未结案件", "0件"), timely("逾期未办结事项", "0个")]),
    },
    {
      // Eighteenth session's review: how often, by the name; and how much was done in time.
      name: "a frequency named in the name, or a count of things done in time, under 时效",
      table: formOf([
        timely("按季度报送报告", "4次"),
        timely("监测次数", "4次"),
        timely("资金发放次数", "12次"),
        timely("按时办结件数", "≥5000件"),
        timely("按期完成任务数", "≥20项"),
        timely("限时办结", "100件"),
      ]),
    },
    {
      name: "a length, an area or a volume in its own units, in any spelling or magnitude",
      table: formOf([
        count("渠道衬砌长度", "12.5km"),
        count("管网改造长度（主干管）", "≥18公里"),
        count("绿化面积", "≥2万平方米"),
        count("高标准农田建设面积", "≥3万亩"),
        count("蓄水池容积", "≥500m³"),
        count("水库库容", "≥120万立方米"),
        // A name of two measures asks for both (the session's CLI review).
        count("新建道路长度及面积", "3公里/2.1万平方米"),
        count("道路硬化面积及长度", "2.1万平方米/3公里"),
        count("人行道铺装长度（折合面积）", "≥3600平方米"),
      ]),
    },
    {
      name: "how often something happens, counted per a time (`设备故障率 ≤2次/月`, `事故发生率 ≤1起/年`)",
      table: formOf([
        row("产出指标", "质量指标", "设备故障率", "≤2次/月"),
        row("产出指标", "质量指标", "事故发生率", "≤1起/年"),
      ]),
    },
    {
      name: "时效: how often, in the words monitoring standards use (`每小时1次`, `1次/季`, `丰平枯水期各1次`, `一年4次`)",
      table: formOf([
        row("产出指标", "时效指标", "水质监测", "每小时1次"),
        row("产出指标", "时效指标", "在线数据比对", "1次/2小时"),
        row("产出指标", "时效指标", "设备巡检", "1次/季"),
        row("产出指标", "时效指标", "校园安全检查", "每学年1次"),
        row("产出指标", "时效指标", "河道巡查", "每个月1次"),
        row("产出指标", "时效指标", "工作调度", "月度1次"),
        row("产出指标", "时效指标", "地表水监测", "丰平枯水期各1次"),
        row("产出指标", "时效指标", "健康随访", "一年4次"),
      ]),
    },
    {
      name: "flat: one unit as a symbol and in Chinese (`mg/L | 毫克/升`, `μg/m³ | 微克/立方米`, `dB | 分贝`)",
      table: flatOf([
        flatRow("产出指标", "质量指标", "出水COD浓度", "≤", "50mg/L", "毫克/升"),
        flatRow("产出指标", "质量指标", "PM2.5年均浓度", "≤", "35μg/m³", "微克/立方米"),
        // The value writes the column's unit whole, though the grammar reads only its start.
        flatRow("产出指标", "数量指标", "供水规模", "≥", "5000m³/d", "m³/d"),
        flatRow("产出指标", "质量指标", "噪声", "≤", "55dB", "分贝"),
        flatRow("产出指标", "数量指标", "完成造林", "≥", "300公顷", "hm²"),
        flatRow("产出指标", "数量指标", "光伏装机", "≥", "20MW", "兆瓦"),
      ]),
    },
    {
      name: "output per worker, 亩 or ton is money per unit (`全员劳动生产率 ≥15万元/人`, `土地产出率 ≥5000元/亩`)",
      table: formOf([
        row("效益指标", "经济效益指标", "全员劳动生产率", "≥15万元/人"),
        row("效益指标", "经济效益指标", "土地产出率", "≥5000元/亩"),
        row("效益指标", "经济效益指标", "资源产出率", "≥8000元/吨"),
      ]),
    },
    {
      name: "flat: a bare 万 on what money buys is a magnitude of the 计量单位 (`补贴农机具数量 | 台 | 1.2万`)",
      table: flatOf([
        flatRow("产出指标", "数量指标", "补贴农机具数量", "≥", "1.2万", "台"),
        flatRow("产出指标", "数量指标", "补贴作业面积", "≥", "50万", "亩"),
      ]),
    },
    {
      name: "a count changing by a percentage; a frequency under 时效; turnover in times",
      table: formOf([
        count("事故起数", "较上年下降10%"),
        count("门诊人次", "同比增长≥5%"),
        timely("巡查频次", "每月≥2次"),
        timely("数据更新频率", "每日1次"),
        timely("安全检查频次", "每年度2次"),
        quality("医院病床周转率", "≥30次"),
      ]),
    },
    {
      name: "flat 时效: a decimal duration under its 计量单位, a date under a unit of time",
      table: flatOf([
        flatRow("产出指标", "时效指标", "办理时限", "≤", "1.5", "天"),
        flatRow("产出指标", "时效指标", "完成时间", "≤", "2023.12.31", "年"),
      ]),
    },
    {
      name: "a count given as a share of a base it names",
      table: formOf([
        count("受益人数", "占总人口的30%"),
        count("覆盖户数", "≥95%（占总户数）"),
        count("帮扶就业人数", "占脱贫劳动力≥30%"),
        count("参保人数", "占应参保人数95%以上"),
        count("资助学生人数", "≥30%（占在校学生）"),
      ]),
    },
    { name: "default form", table: form() },
    { name: "default compact", table: compact() },
    { name: "default flat", table: flat() },
    {
      name: "units that fit their indicators",
      table: formOf([
        quality("第三方机构审核结果验收通过率", "100%"),
        count("实物储备企业数量", "≥70家"),
        cost("新能源汽车财政补助标准", "≤4.5万元/辆"),
        cost("建设项目成本控制率", "≤10%"),
        cost("会议培训", "≤450元"),
        timely("资金拨付完成时间", "≤10月"),
        timely("病毒库的持续更新", "100%"),
        count("新增推广新能源汽车数量", "≥3000辆"),
        row("效益指标", "生态效益指标", "年二氧化碳减排量", "≥5万吨"),
      ]),
    },
    {
      // 速率 is a speed, not a share; 倍数 is a multiple, not a count.
      name: "names that only look like rates or counts",
      table: formOf([quality("宽带下载速率", "≥7%"), row("效益指标", "经济效益指标", "子基金返投倍数", "超2倍")]),
    },
    {
      // Rates in the engineer's sense are measured in physical units; an area per head is a rate per a base.
      name: "a technical rate in a physical unit; a share per head in an area",
      table: formOf([
        quality("音频采样率", "≥44.1kHz"),
        quality("监控画面刷新率", "≥60Hz"),
        quality("设备额定功率", "≥15千瓦"),
        quality("防渗帷幕透水率", "≤3Lu"),
        quality("地下水电导率", "≤50mS/m"),
        quality("坝体渗漏率", "≤0.5L/s"),
        row("效益指标", "生态效益指标", "土壤侵蚀率", "≤500吨/平方公里"),
        row("效益指标", "经济效益指标", "平均日增重率", "≥800克"),
        quality("育肥猪饲料转化率", "≤2.6千克"),
        quality("小麦亩产率", "≥500公斤"),
        quality("人均绿地占有率", "≥12平方米/人"),
      ]),
    },
    {
      // 社会成本 and 生态环境成本 may be physical: land taken, emissions.
      name: "a social or ecological cost in a physical unit",
      table: formOf([cost("占用耕地面积", "≤20亩", "社会成本指标"), cost("施工扬尘排放", "≤2吨", "生态环境成本指标")]),
    },
    {
      name: "bare numbers and qualitative values are other rules' business",
      table: formOf([count("系统用户数", "50"), quality("验收通过率", "提升"), cost("项目经费", "")]),
    },
    {
      name: "compact: period and annual in one dimension",
      table: compactOf([
        item("11", "开展调研次数", "不低于2次", "2次"),
        item("11", "智能网联汽车数量", "150辆", "120辆"),
      ]),
    },
    {
      // Thirteenth session: `吨标煤` is `吨标准煤` shortened, a `度` of electricity a `千瓦时`.
      name: "compact: period and annual in two spellings of one energy unit (`吨标准煤`/`吨标煤`, `万千瓦时`/`万度`)",
      table: compactOf([
        item("11", "节约标准煤", "≥3000吨标准煤", "≥1000吨标煤"),
        item("11", "年节电量", "≥300万千瓦时", "≥100万度"),
      ]),
    },
    {
      name: "a ratio for a share or a cost, a product for a time; a ratio beside a percentage, under a column's %",
      table: compactOf([
        item("12", "师生比例", "≥1:15", "≥1:15"),
        item("14", "地方配套比例", "1:1", "100%"),
        item("13", "热线服务时间", "7×24小时", "7×24小时"),
      ]),
    },
    {
      name: "a rate as a count per thing or per a base (`≥1.2次/册`, `≤10/10万`, `≤10例/10万`, `≤5起/万人`)",
      table: formOf([
        quality("图书流通率", "≥1.2次/册"),
        quality("孕产妇死亡率", "≤10/10万"),
        quality("甲类传染病发病率", "≤10例/10万"),
        quality("刑事案件发案率", "≤5起/万人"),
      ]),
    },
    {
      name: "a count per a base (`每千人口床位数 ≥6/千人`)",
      table: formOf([count("每千人口床位数", "≥6/千人"), count("每万人口全科医生数", "≥3/万")]),
    },
    {
      name: "flat: a ratio under the column's %",
      table: flatOf([flatRow("产出指标", "质量指标", "配套资金到位比例", "≥", "1:1", "%")]),
    },
    {
      // Written twice in two spellings, or of one kind (spec §5: a unit-mismatch is a dimension contradicted).
      name: "flat: the value's unit in another spelling of the column's, or of the same kind",
      table: flatOf([
        flatRow("产出指标", "数量指标", "道路养护里程", "≥", "10公里", "km"),
        flatRow("产出指标", "数量指标", "服务人次", "≥", "1.2万人次", "万人次"),
        flatRow("产出指标", "数量指标", "举办活动场次", "≥", "2场", "场次"),
        flatRow("效益指标", "经济效益指标", "带动农户增收", "≥", "2000元/户", "元"),
        flatRow("产出指标", "时效指标", "办结时限", "≤", "5个工作日", "工作日"),
        flatRow("产出指标", "时效指标", "完成期限", "≤", "3天", "日"),
      ]),
    },
    {
      name: "时效: days of a kind, a frequency by its name or by a period before the count",
      table: formOf([
        timely("办理时限", "≤15个自然日"),
        timely("施工工期", "≤90个日历天"),
        timely("随访频次", "1次/季"),
        timely("水质监测频次", "≥4次"),
        timely("督查", "每两周1次"),
        timely("联席会商", "季度1次"),
      ]),
    },
    {
      name: "a count against a base (`不超过上年的95%`, `压降20%`)",
      table: formOf([count("刑事案件发案数", "不超过上年的95%"), count("信访件数", "压降20%")]),
    },
    {
      name: "compact 时效: a deadline for the period, a percentage for the year",
      table: compactOf([item("13", "资金支付进度", "2027年12月底前", "≥90%")]),
    },
    {
      name: "flat: the value's unit agrees with the column",
      table: flatOf([flatRow("成本指标", "经济成本指标", "培训经费", "≤", "28.8万元", "万元")]),
    },
  ],
  invalid: [
    {
      // Twenty-third session: `有效率` is a share (data or cases that were effective), no efficiency (`效率`).
      name: "a share of effective data in a count's unit (`监测数据有效率 ≥95个`)",
      table: formOf([quality("监测数据有效率", "≥95个")]),
      errors: [{ cell: "F10", severity: "error", messageId: "share", fix: null, suggestions: [] }],
    },
    {
      // Seventeenth session's review of fixes: a stray bracket at the end no longer hides the wrong unit.
      name: "a count in % with a stray bracket after it (`≥99%】`, `≥99%（`)",
      table: formOf([count("培训人次", "≥99%】"), count("培训人数", "≥99%（")]),
      errors: [
        { cell: "F10", severity: "error", messageId: "count", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "count", fix: null, suggestions: [] },
      ],
    },
    {
      // Fourteenth session (内蒙古, 兵团 tables): lengths, areas and volumes are one dimension, not one measure.
      name: "a length, an area or a volume by its name in another's unit",
      table: formOf([
        count("道路硬化长度", "≥6.8平方米"),
        count("新建青贮窖容积", "≥1500平方米"),
        count("棚圈建设面积（新建）", "≥3000公里"),
      ]),
      errors: [
        { cell: "F10", severity: "error", messageId: "measure", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "measure", fix: null, suggestions: [] },
        { cell: "F12", severity: "error", messageId: "measure", fix: null, suggestions: [] },
      ],
    },
    {
      // A share of things by its name states the measure, not the share, in any single unit; engineers' rates do not.
      name: "a share of things in a measure (`噪声达标率 ≤55分贝`, `地下水开采率 ≤800万立方米`)",
      table: formOf([
        quality("噪声达标率", "≤55分贝"),
        row("效益指标", "生态效益指标", "地下水开采率", "≤800万立方米"),
      ]),
      errors: [
        { cell: "F10", severity: "error", messageId: "share", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "share", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a share in an area, a length or a weight (`森林覆盖率 ≥45.5万亩`)",
      table: formOf([
        quality("森林覆盖率", "≥45.5万亩"),
        quality("道路硬化率", "≥12公里"),
        row("效益指标", "生态效益指标", "农膜回收率", "≥500公斤"),
      ]),
      errors: [
        { cell: "F10", severity: "error", messageId: "share", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "share", fix: null, suggestions: [] },
        { cell: "F12", severity: "error", messageId: "share", fix: null, suggestions: [] },
      ],
    },
    {
      // Nineteenth session (a budget system's export): the time limit where the share done within it belongs.
      name: "a rate of things done in time given as a time limit (`检测及时率 ≤7工作日`)",
      table: formOf([timely("检测及时率", "≤7工作日"), timely("按时办结率", "≤3个工作日")]),
      errors: [
        { cell: "F10", severity: "error", messageId: "share", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "share", fix: null, suggestions: [] },
      ],
    },
    {
      // Nineteenth session (the eighteenth's sector review): the days counted are not their share.
      name: "a share of days in days (`空气质量优良天数比例 ≥300天`)",
      table: formOf([
        row("效益指标", "生态效益指标", "空气质量优良天数比例", "≥300天"),
        row("效益指标", "生态效益指标", "水质达标天数占比", "≥350日"),
      ]),
      errors: [
        { cell: "F10", severity: "error", messageId: "share", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "share", fix: null, suggestions: [] },
      ],
    },
    {
      name: "one 计量单位 cell serving the period's and the year's values is one finding (`70 | 60 | 个`)",
      table: written(`项目名称|污水处理设施提质增效|<|<|<|<|<
预算数（万元）|6000|<|<|<|<|<
一级指标|二级指标|三级指标|指标性质|项目期指标值|年度指标值|度量单位
产出指标|数量指标|改造座数|≥|30|10|座
效益指标|生态效益指标|县城生活污水集中收集率|≥|70|60|个`),
      errors: [{ cell: "G5", severity: "error", messageId: "share", fix: null, suggestions: [] }],
    },
    {
      name: "`占比`, `占用` name no base: a count in % is still a unit of the wrong kind",
      table: formOf([count("受益人数", "占比30%"), count("覆盖户数", "占用≥95%")]),
      errors: [
        { cell: "F10", severity: "error", messageId: "count", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "count", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a count per time is no rate of a share (`资金拨付及时率 ≥1次/月`)",
      table: formOf([timely("资金拨付及时率", "≥1次/月"), quality("设备完好率", "≥5台/年")]),
      errors: [
        { cell: "F10", severity: "error", messageId: "share", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "share", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a count raised to a level in % is no change; 按年度 is no frequency",
      table: formOf([count("实物储备企业数量", "提升至70%"), timely("检查次数按年度计划完成", "按年度计划完成5项")]),
      errors: [
        { cell: "F10", severity: "error", messageId: "count", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "timeliness", fix: null, suggestions: [] },
      ],
    },
    {
      // The session's own review: counts of people or things under 时效 stay counts in the wrong row, whatever
      // frequency or time words the name carries; late things are no on-time ones.
      name: "counts under 时效 that only sound timely (`当年新增就业人数`, `每月发放人数`, `培训次数`, `未按时办结件数`)",
      table: formOf([
        timely("当年新增就业人数", "≥500人"),
        timely("每月发放人数", "≥300人"),
        timely("培训次数", "≥10次"),
        timely("未按时办结件数", "≥5件"),
      ]),
      errors: [
        { cell: "F10", severity: "error", messageId: "timeliness", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "timeliness", fix: null, suggestions: [] },
        { cell: "F12", severity: "error", messageId: "timeliness", fix: null, suggestions: [] },
        { cell: "F13", severity: "error", messageId: "timeliness", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a count in % with no change word, a 时效 count with no frequency word",
      table: formOf([count("培训人数", "≥95%"), timely("季度考核", "4次")]),
      errors: [
        { cell: "F10", severity: "error", messageId: "count", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "timeliness", fix: null, suggestions: [] },
      ],
    },
    {
      name: "Qingdao 5: a rate in a count unit",
      table: formOf([quality("第三方机构审核结果验收通过率", "1个")]),
      errors: [{ cell: "F10", severity: "error", messageId: "share", fix: null, suggestions: [] }],
    },
    {
      name: "Qingdao 3: a count in percent",
      table: formOf([count("企业应储备医药品种", "≥102种"), count("实物储备企业数量", "≥70百分号")]),
      errors: [{ cell: "F11", severity: "error", messageId: "count", fix: null, suggestions: [] }],
    },
    {
      name: "a satisfaction and a rate in money",
      table: formOf([
        row("满意度指标", "服务对象满意度指标", "企业满意度", "≥90个"),
        quality("资金使用合规率", "≤100万元"),
      ]),
      errors: [
        { cell: "F10", severity: "error", messageId: "share", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "share", fix: null, suggestions: [] },
      ],
    },
    {
      name: "an economic cost in people",
      table: formOf([cost("会议培训", "≤20人")]),
      errors: [{ cell: "F10", severity: "error", messageId: "cost", fix: null, suggestions: [] }],
    },
    {
      // Fifteenth session: a count given as money (`演出场次 ≥60万元`); amounts named 控制数 stay amounts (valid above).
      name: "a count given as an amount of money",
      table: formOf([
        row("产出指标", "数量指标", "演出场次", "≥60万元"),
        row("产出指标", "数量指标", "培训人次", "≥30万元"),
      ]),
      errors: [
        { cell: "F10", severity: "error", messageId: "countMoney", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "countMoney", fix: null, suggestions: [] },
      ],
    },
    {
      // The session's review: 积压, 超期 qualify an output counted upwards, no late count held down.
      name: "a count upwards under 时效 whose name says 积压 (`积压档案数字化数量 ≥5万卷`)",
      table: formOf([timely("积压档案数字化数量", "≥5万卷")]),
      errors: [{ cell: "F10", severity: "error", messageId: "timeliness", fix: null, suggestions: [] }],
    },
    {
      name: "a timeliness indicator in a count unit",
      table: formOf([timely("资金拨付完成时间", "≥1次")]),
      errors: [{ cell: "F10", severity: "error", messageId: "timeliness", fix: null, suggestions: [] }],
    },
    {
      name: "Guangzhou: 完成评审任务数 85 / >90%, the annual value is a count in percent",
      table: compactOf([item("11", "完成评审任务数", "85", ">90%")]),
      errors: [{ cell: "C3", severity: "error", messageId: "count", fix: null, suggestions: [] }],
    },
    {
      name: "compact: period and annual in different dimensions, reported once",
      table: compactOf([item("11", "2023 广州国际数控机床展览会活动面积", "≥2场", "≥20000平米")]),
      errors: [{ cell: "C3", severity: "error", messageId: "periodAnnual", fix: null, suggestions: [] }],
    },
    {
      name: "compact: a name finding is not repeated as a period/annual one",
      table: compactOf([item("11", "设备正常运行率", "99个", "99%")]),
      errors: [{ cell: "C3", severity: "error", messageId: "share", fix: null, suggestions: [] }],
    },
    {
      name: "flat: a length under a unit of area",
      table: flatOf([flatRow("产出指标", "数量指标", "道路改造里程", "≥", "10公里", "平方米")]),
      errors: [{ cell: "E7", severity: "error", messageId: "column", fix: null, suggestions: [] }],
    },
    {
      name: "flat: 28.8万元 with 计量单位 %",
      table: flatOf([flatRow("产出指标", "质量指标", "资金使用情况", "≤", "28.8万元", "%")]),
      errors: [{ cell: "E7", severity: "error", messageId: "column", fix: null, suggestions: [] }],
    },
    {
      name: "flat: the column unit contradicts the name, reported at the 计量单位 cell",
      table: flatOf([flatRow("产出指标", "数量指标", "培训人次", "≥", 95, "%")]),
      errors: [{ cell: "F7", severity: "error", messageId: "count", fix: null, suggestions: [] }],
    },
  ],
});
