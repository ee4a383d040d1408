/**
 * Sheet names that say a sheet guides the officer rather than holds a submission (`填报说明`, `填表说明`, `示例`,
 * `样表`): province templates ship one beside the table, often with an example filled with `XX`. A workbook check
 * leaves them out, as it leaves out hidden sheets; checked on its own (the add-in's 检查本表), a sheet is checked
 * whatever its name.
 */
// The whole name (`填报说明`, `示例`, `样表（参考）`), not a word in it: `绩效目标表（样表）` may be the officer's filled copy.
const INSTRUCTION_SHEET =
  /^(?:(?:填报|填表|填写|编制)?(?:说明|须知|要求|示例|样表|样例|范例)(?:及(?:样表|示例|说明|范例))?表?|模板说明|填报指南)(?:[(（][^)）]*[)）])?$/;

export function isInstructionSheet(name: string): boolean {
  return INSTRUCTION_SHEET.test(name.trim());
}
