/** The --help text, in both languages (kept apart from the message table: it is one block). */
import { localize, type Locale } from "../core/model/diagnostic";

const ZH = `用法：jixiao-lint check <文件…> [选项]

检查 .xlsx 工作簿中的项目支出绩效目标表，按文件、工作表、表格列出问题。

选项：
  -f, --format <格式>        输出格式：text（默认，供人阅读）或 json（供程序读取）
  -o, --annotate <目录>      在该目录写入标注副本：有问题的单元格按级别填色并加批注；原文件不变
  -r, --rule <规则>=<级别>   调整一条规则的级别：off、info、warning、error；可重复
      --lang <语言>          输出语言：zh-CN（默认）或 en-US；也可设环境变量 JIXIAO_LINT_LANG
  -j, --jobs <数目>          工作线程数（默认为 CPU 核数）：约三分之一检查，其余读取
      --max-cells <数目>     每张工作表最多的非空单元格数（默认 5000000），超过则该文件报“过大”
      --timeout <秒>         单个文件最长检查时间（默认 300），超过则停止该文件、继续下一个
      --max-memory <MiB>     检查单个文件可用的内存（默认 4096），超过则停止该文件、继续下一个
  -h, --help                 显示本帮助
  -v, --version              显示版本

文件可用通配符（如 材料/*.xlsx），目录本身不会被展开。
颜色只在终端中显示；NO_COLOR 关闭颜色，FORCE_COLOR 强制开启。

退出码：
  0  没有错误级问题（可能有警告或提示）
  1  至少一个错误级问题
  2  有文件无法读取（或过大、超时）、标注副本未写入，或命令用法有误

示例：
  jixiao-lint check 2024/*.xlsx
  jixiao-lint check 青岛.xlsx --format json > 结果.json
  jixiao-lint check 青岛.xlsx --annotate 标注 --rule project-code-format=off

转换版式：jixiao-lint convert <输入.xlsx> --to form|flat -o <输出.xlsx>（详见 jixiao-lint convert --help）
`;

const EN = `Usage: jixiao-lint check <files…> [options]

Checks the project expenditure performance-target tables (项目支出绩效目标表) in
.xlsx workbooks and lists the problems by file, sheet and table.

Options:
  -f, --format <format>      output format: text (default, for people) or json (for programs)
  -o, --annotate <dir>       write annotated copies into dir: flagged cells filled by
                             severity, with a note; the input files are never changed
  -r, --rule <rule>=<level>  set a rule's severity: off, info, warning, error; repeatable
      --lang <language>      zh-CN (default) or en-US; or set JIXIAO_LINT_LANG
  -j, --jobs <n>             worker threads (default: the number of CPU cores): about a third
                             lint, the others read
      --max-cells <n>        cells holding a value allowed per sheet (default 5000000);
                             a larger file is reported as too large
      --timeout <seconds>    time one file may take (default 300); it is then stopped
                             and the next file checked
      --max-memory <MiB>     memory one file may use (default 4096); past it the file is
                             stopped and the next file checked
  -h, --help                 show this help
  -v, --version              show the version

Files may be patterns (such as dir/*.xlsx); a directory itself is not expanded.
Colours are shown on a terminal only; NO_COLOR turns them off, FORCE_COLOR on.

Exit status:
  0  no error-severity problem (there may be warnings or infos)
  1  at least one error-severity problem
  2  a file could not be read (or was too large or too slow), an annotated copy
     was not written, or the command line is wrong

Examples:
  jixiao-lint check 2024/*.xlsx
  jixiao-lint check qingdao.xlsx --format json > results.json
  jixiao-lint check qingdao.xlsx --annotate marked --rule project-code-format=off

Convert layouts: jixiao-lint convert <in.xlsx> --to form|flat -o <out.xlsx> (see jixiao-lint convert --help)
`;

export function usage(locale: Locale): string {
  return localize({ zh: ZH, en: EN }, locale);
}
