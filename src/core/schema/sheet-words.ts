/**
 * Sheet names that say a sheet guides the officer rather than holds a submission (`填报说明`, `填表说明`, `示例`,
 * `样表`): province templates ship one beside the table, often with an example filled with `XX`. A workbook check
 * leaves them out, as it leaves out hidden sheets; checked on its own (the add-in's 检查本表), a sheet is checked
 * whatever its name.
 */
// The whole name (`填报说明`, `示例`, `样表（参考）`), not a word in it: `绩效目标表（样表）` may be the officer's filled copy.
const INSTRUCTION_SHEET =
  /^(?:(?:填报|填表|填写|编制)?(?:说明|须知|要求|示例|样表|样例|范例)(?:及(?:样表|示例|说明|范例))?表?|模板说明|填报指南)(?:[(（][^)）]*[)）])?$/;

/**
 * A name ending in a guidance word (`附件1填报说明`, `绩效目标表填报说明`, `例表`, `生态环境指标库`): provinces number
 * and title these sheets (eighteenth session's review). `…（样表）` is not among them, as above.
 */
const GUIDANCE_ENDING = /(?:填报|填表|填写|编制)(?:说明|须知|指南)$|(?:示例|样例|范例|填报例表|指标库)$|^例表$/;

/** A name of the table and its guidance together (`绩效目标表及填报说明`): the officer fills that sheet. */
const TABLE_AND_GUIDANCE = /[及和与并]/;

export function isInstructionSheet(name: string): boolean {
  const trimmed = name.trim();
  if (INSTRUCTION_SHEET.test(trimmed)) return true;
  return GUIDANCE_ENDING.test(trimmed) && !TABLE_AND_GUIDANCE.test(trimmed);
}

/**
 * A table whose title says it shows how to fill the form (`项目支出绩效目标表（填报示例）`) or is a list of indicators
 * to choose from (a title ending so: `…绩效指标库（参考）`, `共性绩效指标框架`; not `…指标库建设项目绩效目标表`): no
 * submission, on whatever sheet (eighteenth session's review: an example's `XX` had been ten errors).
 */
export const GUIDANCE_TITLE =
  /[(（](?:填报|填写|填表)?(?:示例|样例|范例)[)）]|填报示例|(?:指标库|共性(?:绩效)?指标(?:框架|体系))(?:[(（][^()（）]*[)）])?$/;
