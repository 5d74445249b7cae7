// `nianbao help`: what a 政务公开 officer needs to check and print a report, in their words.

export const helpText = `nianbao — 政府信息公开工作年度报告检查与排版工具（国办公开办函〔2021〕30号格式）

用法：
  nianbao check <报告.json> [更多报告.json …] [--prior <上年度报告.json>] [--format text|json] [--final]
  nianbao export <报告.json> [更多报告.json …] [--html <输出.html>] [--pdf <输出.pdf>] [--docx <输出.docx>] [--xlsx <输出.xlsx>] [--review] [--signature] [--prior <上年度报告.json>]
  nianbao import <已发布报告.txt|.html|导出的.xlsx> [-o <报告.json>] [--year <年度>]
  nianbao batch <报告或文件夹 …> [--prior <上年度报告或文件夹>]… [--roster <名单.txt>] [--xlsx <输出.xlsx>] [--format text|json|csv]
  nianbao rollup <报告或文件夹 …> -o <汇总.json> [--name <汇总名称>]
  nianbao sample
  nianbao help

命令：
  check    检查一份或多份年度报告，按错误、警告、提示列出发现的问题；
           已有审核意见的问题注明处理状态（如［已说明］）和最后一条意见，
           审核意见所指问题已不再出现的，列为“已修正”
  export   把年度报告排成 A4 公文版式，输出为 HTML 网页、PDF 或 Word 文件；
           或把表二至表四和检查结果输出为 Excel 工作簿
  import   把网上已发布的年度报告（复制下来的文本或保存的网页）或导出的 Excel 工作簿
           转成报告文件，
           导入说明和未使用的行（带行号）列在标准错误输出上
  batch    批量审核：逐份检查多份报告（文件夹中的报告一并读取），列出每份的错误、警告、提示，
           对照名单找出未报送、重复报送和名称相近的机关，并把各报告汇总后再检查
  rollup   把多份同一年度的报告逐格相加，输出汇总报告文件（金额按精确小数相加）
  sample   输出内置示例报告（牡丹江经济技术开发区管理委员会 2024 年度）的 JSON 文件
  help     显示本帮助

check 的选项：
  --prior <文件>       对照上年度报告，检查上年结转和现行有效件数；须为前一年度的报告
  --format text|json   输出格式，默认 text
  --final              按定稿要求检查：尚未填写的内容算作错误；并说明能否定稿，
                       列出妨碍定稿的问题（错误未修正或说明未经确认，
                       警告未修正、说明或确认）；已定稿的报告注明定稿人和时间
  -h, --help           显示本帮助

export 的选项（--html、--pdf、--docx、--xlsx 至少给一个，可以同时给几个；
导出几份报告时，每个选项给一个文件夹，各报告按自己的文件名写入，如 出/2024.docx）：
  --html <文件>        输出独立的 HTML 网页（样式内嵌，不含脚本，可直接发布或打印）
  --pdf <文件>         输出 A4 PDF（需要 Chromium 浏览器和中文字体）
  --docx <文件>        输出 Word 文件（A4 公文版式，与打印稿内容相同；字体只引用不嵌入）
  --xlsx <文件>        输出 Excel 工作簿：表二、表三、表四按官方表式（合并表头，合计为数值），
                       另有“检查结果”工作表列出每个问题
  --review             审核稿：在有问题的单元格上标出编号（已说明、已确认的加 ✓），
                       文末附“审核意见”：处理状态、意见记录、已修正的问题、定稿记录
  --signature          文末加落款：机关名称和发布日期
  --prior <文件>       审核稿也对照上年度报告（上年结转、现行有效件数、与上年雷同）；
                       须为前一年度的报告

import 的选项：
  -o, --output <文件>  写入报告文件（JSON）；不给时输出到标准输出
  --year <年度>        原文没有标题时，指定报告年度

batch 的选项：
  --prior <文件或文件夹>  上年度报告，按机关名称与本年度报告配对，检查上年结转、现行有效件数和与上年雷同；
                       可以给多次
  --roster <文件>      应报送机关名单，每行一个机关名称
  --xlsx <文件>        另存 Excel 工作簿：汇总表二至表四、明细（每个机关一行）、问题清单、名单核对
  --format text|json|csv  输出格式，默认 text；csv 为问题清单（Excel 可直接打开）

rollup 的选项：
  -o, --output <文件>  写入汇总报告文件（JSON）
  --name <名称>        汇总报告的机关名称，默认“汇总”

check、export 也可以直接读取 .txt、.html、.xlsx 文件：先导入，再检查或排版；
check 把导入说明与检查结果一起列出。

退出码：
  0  check：没有错误（可以有警告或提示）；加 --final 时：每份报告都可以定稿；
     export：文件均已生成；import：已导入
  1  check：至少一份报告有错误；加 --final 时：至少一份报告不能定稿
     （有未处理的警告也算，经审核确认的可说明错误不算）
  2  用法不正确，或有文件无法读取（batch、rollup 仍处理其余文件）、不是年报文件、上年度报告的年度不符；
     export、import 时也表示有文件未能生成、导入或写入

示例：
  nianbao sample > 示例.json
  nianbao check 示例.json
  nianbao check 2024.json --prior 2023.json --format json
  nianbao check 2024.json --prior 2023.json --final
  nianbao export 示例.json --html 示例.html --pdf 示例.pdf
  nianbao export 示例.json --pdf 审核稿.pdf --review
  nianbao export 示例.json --docx 示例.docx --xlsx 示例.xlsx
  nianbao export 甲.json 乙.json --docx 出 --xlsx 出
  nianbao import 示例.xlsx -o 示例.json
  nianbao import 2024年报.txt -o 2024.json
  nianbao check 2024年报.html
`;
