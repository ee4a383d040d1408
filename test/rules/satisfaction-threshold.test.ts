import rule from "../../src/core/rules/satisfaction-threshold";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { compactOf, flatOf, flatRow, formOf, item, row } from "./value-rows";

const satisfied = (name: string, value: string | number) => row("满意度指标", "服务对象满意度指标", name, value);

runRule(rule, {
  valid: [
    { name: "default form", table: form() },
    { name: "default compact", table: compact() },
    { name: "default flat", table: flat() },
    {
      name: "targets at or above the floor, below 100%",
      table: formOf([
        satisfied("企业满意度", "≥90%"),
        satisfied("协会满意率", "≥80%"),
        satisfied("服务对象满意度", "95%以上"),
        satisfied("用户满意度", "90%-95%"),
      ]),
    },
    { name: "a lower floor set by option", table: formOf([satisfied("企业满意度", "≥70%")]), options: { floor: 60 } },
    {
      name: "100% allowed by option",
      table: formOf([satisfied("企业满意度", "100%")]),
      options: { flagHundred: false },
    },
    {
      name: "options given as text",
      table: formOf([satisfied("企业满意度", "≥70%"), satisfied("用户满意度", "100%")]),
      options: { floor: "60", flagHundred: "false" },
    },
    {
      name: "not a satisfaction by name, whatever its 一级",
      table: formOf([
        row("产出指标", "质量指标", "验收合格率", "100%"),
        satisfied("受到服务对象的投诉次数", "少于3次"),
      ]),
    },
    {
      // The last words say what a name measures: these measure the survey, not the satisfaction.
      name: "a measure of the satisfaction survey is not a satisfaction",
      table: formOf([
        row("产出指标", "数量指标", "满意度调查覆盖率", "100%"),
        satisfied("满意度调查问卷回收率", "≥60%"),
      ]),
    },
    {
      // A ceiling is operator-direction's error; qualitative targets have no number.
      name: "a ceiling, a qualitative target and a count",
      table: formOf([
        satisfied("企业满意度", "≤70%"),
        satisfied("企业满意度", "提升"),
        satisfied("企业满意度", "≥60个"),
      ]),
    },
  ],
  invalid: [
    {
      name: "a satisfaction named by its survey or its degree",
      table: formOf([
        satisfied("群众满意度调查", "≥60%"),
        satisfied("群众满意程度", "100%"),
        satisfied("满意度测评得分", "≥70%"),
        satisfied("群众满意度达标率", "≥60%"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "below", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "hundred", fix: null, suggestions: [] },
        { cell: "F12", severity: "warning", messageId: "below", fix: null, suggestions: [] },
        { cell: "F13", severity: "warning", messageId: "below", fix: null, suggestions: [] },
      ],
    },
    {
      name: "Qingdao 2: 企业满意度 100百分比",
      table: formOf([satisfied("指标1：企业满意度", "100百分比")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "hundred", fix: null, suggestions: [] }],
    },
    {
      name: "≥100% and =100%",
      table: formOf([satisfied("企业满意度", "≥100%"), satisfied("用户满意度", "=100%")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "hundred", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "hundred", fix: null, suggestions: [] },
      ],
    },
    {
      name: "below the default floor of 80",
      table: formOf([satisfied("企业满意度", "≥75%"), satisfied("服务对象满意度（%）", 60)]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "below", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "below", fix: null, suggestions: [] },
      ],
    },
    {
      name: "both settings: floor 90 and 100% flagged",
      table: formOf([
        satisfied("企业满意度", "≥85%"),
        satisfied("用户满意度", "100%"),
        satisfied("协会满意率", "≥90%"),
      ]),
      options: { floor: 90, flagHundred: true },
      errors: [
        { cell: "F10", severity: "warning", messageId: "below", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "hundred", fix: null, suggestions: [] },
      ],
    },
    {
      name: "compact: Guangzhou 95%以上 / 90%以上 with floor 92, only the annual value",
      table: compactOf([item("31", "服务对象满意度", "95%以上", "90%以上")]),
      options: { floor: 92 },
      errors: [{ cell: "C3", severity: "warning", messageId: "below", fix: null, suggestions: [] }],
    },
    {
      name: "flat: a satisfaction in the 计量单位 column",
      table: flatOf([flatRow("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 70, "%")]),
      errors: [{ cell: "E7", severity: "warning", messageId: "below", fix: null, suggestions: [] }],
    },
  ],
});
