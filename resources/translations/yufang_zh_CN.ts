<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <source>Form cell changed</source>
        <translation>修改表格数据</translation>
    </message>
    <message>
        <source>Form details changed</source>
        <translation>修改填报信息</translation>
    </message>
    <message>
        <source>Local industry row added</source>
        <translation>新增本地重点行业行</translation>
    </message>
    <message>
        <source>Local industry row removed</source>
        <translation>删除本地重点行业行</translation>
    </message>
    <message>
        <source>Return status changed</source>
        <translation>报送状态变更</translation>
    </message>
    <message>
        <source>Form locked</source>
        <translation>报表锁定</translation>
    </message>
    <message>
        <source>Form unlocked</source>
        <translation>报表解锁</translation>
    </message>
    <message>
        <source>recording the audit trail failed: %1</source>
        <translation>写入审计记录失败：%1</translation>
    </message>
    <message>
        <source>Consolidated form details changed</source>
        <translation>修改汇总表填报信息</translation>
    </message>
    <message>
        <source>Receipt date corrected</source>
        <translation>更正接收日期</translation>
    </message>
    <message>
        <source>Newer change overwritten</source>
        <translation>覆盖了他人较新的修改</translation>
    </message>
    <message>
        <source>Form saved</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Form imported</source>
        <translation>导入报表</translation>
    </message>
    <message>
        <source>Form definition changed</source>
        <translation>修改报表定义</translation>
    </message>
    <message>
        <source>Form row added</source>
        <translation>新增报表行</translation>
    </message>
    <message>
        <source>Form row removed</source>
        <translation>删除报表行</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>this is the open database or one of its journals; choose another name</source>
        <translation>这是正在使用的数据库或其日志文件，请另选文件名</translation>
    </message>
    <message>
        <source>only SQLite databases can be backed up this way</source>
        <translation>只有 SQLite 数据库可以这样备份</translation>
    </message>
    <message>
        <source>%1: backup failed: %2</source>
        <translation>%1：备份失败：%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>not a Yufang database</source>
        <translation>不是预防数据库</translation>
    </message>
    <message>
        <source>written by a newer Yufang (schema version %1; this one knows up to %2)</source>
        <translation>由更新版本的预防写入（数据库结构版本 %1；本版本最高支持 %2）</translation>
    </message>
    <message>
        <source>%1: cannot be restored: %2</source>
        <translation>%1：不能用于恢复：%2</translation>
    </message>
    <message>
        <source>%1: cannot restore: %2</source>
        <translation>%1：恢复失败：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>CellParsing</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>“%1”数值过大</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; counts are whole numbers ≥ 0</source>
        <translation>“%1”为负数；数量应为不小于 0 的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimal place(s)</source>
        <translation>“%1”的小数位数超过 %2 位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; figures are numbers ≥ 0</source>
        <translation>“%1”为负数；数值应不小于 0</translation>
    </message>
</context>
<context>
    <name>ChartAdapter</name>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1：无法写入图片</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--year must be a year such as 2020</source>
        <translation>--year 必须是年份，例如 2020</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>多余的参数 %1</translation>
    </message>
    <message>
        <source>--unit must name a known unit (code or exact name)</source>
        <translation>--unit 必须是已有单位（代码或完整名称）</translation>
    </message>
    <message>
        <source>--layout must be form or data</source>
        <translation>--layout 应为 form 或 data</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030</source>
        <translation>--encoding 只能是 utf-8 或 gb18030</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init 不接受参数</translation>
    </message>
    <message>
        <source>%1: schema version %2, %3 units</source>
        <translation>%1：数据库结构版本 %2，%3 个单位</translation>
    </message>
    <message>
        <source>import-units takes one FILE</source>
        <translation>import-units 需要一个文件</translation>
    </message>
    <message>
        <source>%1: rejected; no unit was added</source>
        <translation>%1：已拒绝，未添加任何单位</translation>
    </message>
    <message>
        <source>%1: %2 unit(s) added, %3 already present</source>
        <translation>%1：新增 %2 个单位，%3 个已存在</translation>
    </message>
    <message>
        <source>%1 is outside %2&apos;s plan years (%3-%4) and has no data</source>
        <translation>%1 年不在%2实施方案的年度范围（%3-%4年）内，且无数据</translation>
    </message>
    <message>
        <source>print-annex needs -o FILE.pdf</source>
        <translation>print-annex 需要 -o FILE.pdf</translation>
    </message>
    <message>
        <source>--today must be a date such as 2021-12-05</source>
        <translation>--today 须为日期，例如 2021-12-05</translation>
    </message>
    <message>
        <source>--since must be a date such as 2021-12-05</source>
        <translation>--since 须为日期，例如 2021-12-05</translation>
    </message>
    <message>
        <source>--until must be a date such as 2021-12-05</source>
        <translation>--until 须为日期，例如 2021-12-05</translation>
    </message>
    <message>
        <source>--measure must be one of enterprises, insured_enterprises, employees, insured_persons, accidents, accident_rate, coverage_rate</source>
        <translation>--measure 须为以下之一：enterprises、insured_enterprises、employees、insured_persons、accidents、accident_rate、coverage_rate</translation>
    </message>
    <message>
        <source>--as-of must be a date such as 2022-12-31</source>
        <translation>--as-of 须为日期，例如 2022-12-31</translation>
    </message>
    <message>
        <source>float needs exactly one FILE.csv</source>
        <translation>float 需要且只需要一个 CSV 文件</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>import-register needs at least one FILE</source>
        <translation>import-register 至少需要一个文件</translation>
    </message>
    <message>
        <source>%1: %2 more message(s) not listed</source>
        <translation>%1：另有 %2 条消息未列出</translation>
    </message>
    <message>
        <source>%1 %2: the register holds no enterprise for %3</source>
        <translation>%1 %2：企业名录中没有 %3 年的企业</translation>
    </message>
    <message>
        <source>%1 %2: the stored annex (%3) differs from the register:</source>
        <translation>%1 %2：已存的基本情况表（%3）与企业名录不一致：</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手工填报</translation>
    </message>
    <message>
        <source>%1 %2 %3: annex derived from the register for %4 unit(s)</source>
        <translation>%1 %2 %3：已根据企业名录生成 %4 个单位的基本情况表</translation>
    </message>
    <message>
        <source>--credit-code is required</source>
        <translation>必须提供 --credit-code</translation>
    </message>
    <message>
        <source>--status must be notified, deadline, insured or none</source>
        <translation>--status 必须为 notified、deadline、insured 或 none</translation>
    </message>
    <message>
        <source>--date must be a date such as 2025-06-30</source>
        <translation>--date 必须是日期，例如 2025-06-30</translation>
    </message>
    <message>
        <source>--unit %1 is not a known unit code or name</source>
        <translation>--unit %1 不是已有的单位代码或名称</translation>
    </message>
    <message>
        <source>%1 needs at least one FILE</source>
        <translation>%1 至少需要一个文件</translation>
    </message>
    <message>
        <source>%1 %2 %3: training and occupational-disease figures derived from the register for %4 unit(s)</source>
        <translation>%1 %2 %3：已根据企业名录生成 %4 个单位的培训和职业病数据</translation>
    </message>
    <message>
        <source>%1 %2: the form is locked (return accepted) and was left as it is</source>
        <translation>%1 %2：该表已锁定（报送已接收），未作改动</translation>
    </message>
    <message>
        <source>--keep must be a whole number of backups, 0 or more</source>
        <translation>--keep 须为不小于 0 的整数（保留的备份份数）</translation>
    </message>
    <message>
        <source>backup needs -o FILE (or --keep N)</source>
        <translation>backup 需要 -o FILE（或 --keep N）</translation>
    </message>
    <message>
        <source>automatic backups kept: %1 (in %2)</source>
        <translation>自动备份保留份数：%1（位于 %2）</translation>
    </message>
    <message>
        <source>%1: backup written</source>
        <translation>%1：备份已写入</translation>
    </message>
    <message>
        <source>restore takes one backup file</source>
        <translation>restore 需要一个备份文件</translation>
    </message>
    <message>
        <source>the backup and the database are the same file</source>
        <translation>备份文件与数据库是同一个文件</translation>
    </message>
    <message>
        <source>%1: restored from %2</source>
        <translation>%1：已从 %2 恢复</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check 不接受参数</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1：数据库不存在</translation>
    </message>
    <message>
        <source>%1: integrity check passed</source>
        <translation>%1：完整性检查通过</translation>
    </message>
    <message>
        <source>%1: … and %2 more problems</source>
        <translation>%1：……另有 %2 处问题</translation>
    </message>
    <message>
        <source>%1: the database is damaged; restore a backup with `yufang-cli restore FILE`</source>
        <translation>%1：数据库已损坏；请用 `yufang-cli restore FILE` 恢复备份</translation>
    </message>
    <message>
        <source>%1: the database is damaged; the last automatic backup is %2 (yufang-cli restore %2)</source>
        <translation>%1：数据库已损坏；最近的自动备份为 %2（yufang-cli restore %2）</translation>
    </message>
    <message>
        <source>--received must be a date such as 2021-09-01</source>
        <translation>--received 须为日期，例如 2021-09-01</translation>
    </message>
    <message>
        <source>use --replace to replace it</source>
        <translation>如需替换请加 --replace</translation>
    </message>
    <message>
        <source>name the unit with --unit</source>
        <translation>请用 --unit 指定单位</translation>
    </message>
    <message>
        <source>name the year with --year</source>
        <translation>请用 --year 指定年度</translation>
    </message>
    <message>
        <source>add the unit first (yufang-cli import-units)</source>
        <translation>请先添加该单位（yufang-cli import-units）</translation>
    </message>
    <message>
        <source>--plan P is required</source>
        <translation>必须提供 --plan P</translation>
    </message>
    <message>
        <source>--plan %1 is not a known plan</source>
        <translation>--plan %1 不是已有的行动计划</translation>
    </message>
    <message>
        <source>--form F is required</source>
        <translation>必须提供 --form F</translation>
    </message>
    <message>
        <source>the plan %1 has no form %2</source>
        <translation>行动计划 %1 没有报表 %2</translation>
    </message>
    <message>
        <source>import-form-definition needs exactly one FILE.json</source>
        <translation>import-form-definition 需要且只需要一个 JSON 文件</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: form %2 (%3) saved in plan %4</source>
        <translation>%1：报表 %2（%3）已保存到行动计划 %4</translation>
    </message>
    <message>
        <source>print-form needs -o FILE.pdf</source>
        <translation>print-form 需要 -o FILE.pdf</translation>
    </message>
    <message>
        <source>--from %1 is not a known plan</source>
        <translation>--from %1 不是已有的行动计划</translation>
    </message>
    <message>
        <source>form %1 copied from %2 to %3</source>
        <translation>报表 %1 已从 %2 复制到 %3</translation>
    </message>
    <message>
        <source>unknown plan %1</source>
        <translation>未知实施方案 %1</translation>
    </message>
    <message>
        <source>indicator-definition needs --plan P and --indicator I</source>
        <translation>indicator-definition 需要 --plan P 和 --indicator I</translation>
    </message>
    <message>
        <source>%1 has no indicator %2</source>
        <translation>%1 没有指标 %2</translation>
    </message>
    <message>
        <source>import-indicator-definition needs one FILE.json and --plan P</source>
        <translation>import-indicator-definition 需要一个 FILE.json 和 --plan P</translation>
    </message>
    <message>
        <source>%1 has an indicator %2 already; use --replace to replace it</source>
        <translation>%1 已有指标 %2；如需替换请使用 --replace</translation>
    </message>
    <message>
        <source>assign-plan needs --unit U, --plan P and --from YEAR</source>
        <translation>assign-plan 需要 --unit U、--plan P 和 --from YEAR</translation>
    </message>
    <message>
        <source>--from must be a year</source>
        <translation>--from 必须是年份</translation>
    </message>
    <message>
        <source>--kind must be final or annual</source>
        <translation>--kind 只能是 final 或 annual</translation>
    </message>
    <message>
        <source>an annual report needs --year Y</source>
        <translation>年度报告需要 --year Y</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 has no units below</source>
        <translation>%1没有下级单位</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1 follows no plan</source>
        <translation>%1 未关联实施方案</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1：无法读取文件</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>编制人：%1</translation>
    </message>
    <message>
        <source>--template writes the form as a workbook: give -o FILE.xlsx (and no --layout data)</source>
        <translation>--template 以工作簿输出空白表：请用 -o 文件.xlsx（且不要用 --layout data）</translation>
    </message>
    <message>
        <source>%1 works on a database file; back up and restore a server with pg_dump and pg_restore (docs/server.md)</source>
        <translation>%1 只用于数据库文件；服务器请用 pg_dump 和 pg_restore 备份和恢复（见 docs/server.md）</translation>
    </message>
    <message>
        <source>%1: cannot set up roles and access rules: %2</source>
        <translation>%1：无法设置角色和访问规则：%2</translation>
    </message>
    <message>
        <source>%1: server ready, schema version %2, roles and access rules set</source>
        <translation>%1：服务器已就绪，数据库结构版本 %2，角色和访问规则已设置</translation>
    </message>
    <message>
        <source>%1: schema version %2, access rules renewed</source>
        <translation>%1：数据库结构版本 %2，访问规则已更新</translation>
    </message>
    <message>
        <source>server add-user takes one LOGIN</source>
        <translation>server add-user 需要一个登录名</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input</source>
        <translation>--password-stdin：标准输入中没有密码</translation>
    </message>
    <message>
        <source>%1: login of %2 %3</source>
        <translation>%1：%2 %3 的登录名</translation>
    </message>
    <message>
        <source>server disable-user takes one LOGIN</source>
        <translation>server disable-user 需要一个登录名</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1：已停用</translation>
    </message>
    <message>
        <source>server commands need --server postgresql://USER@HOST:PORT/DB</source>
        <translation>server 命令需要 --server postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>server needs one of: init, migrate, add-user, disable-user, users, import-sqlite</source>
        <translation>server 需要以下之一：init、migrate、add-user、disable-user、users、import-sqlite</translation>
    </message>
    <message>
        <source>unknown server command %1</source>
        <translation>未知的 server 命令 %1</translation>
    </message>
    <message>
        <source>report needs -o FILE.pdf, -o FILE.xlsx or -o FOLDER (CSV files)</source>
        <translation>report 需要 -o 文件.pdf、-o 文件.xlsx 或 -o 文件夹（CSV 文件）</translation>
    </message>
    <message>
        <source>--each-child writes PDF files: -o FILE.pdf or -o FOLDER</source>
        <translation>--each-child 只输出 PDF 文件：请用 -o 文件.pdf 或 -o 文件夹</translation>
    </message>
    <message>
        <source>export-register needs -o FILE.csv or -o FILE.xlsx</source>
        <translation>export-register 需要 -o 文件.csv 或 -o 文件.xlsx</translation>
    </message>
    <message>
        <source>%1 takes one FILE</source>
        <translation>%1 只接受一个文件</translation>
    </message>
    <message>
        <source>%1: rejected; no expert was added</source>
        <translation>%1：已拒绝，未添加任何专家</translation>
    </message>
    <message>
        <source>%1: %2 expert(s) added</source>
        <translation>%1：已添加 %2 名专家</translation>
    </message>
    <message>
        <source>%1: rejected; no budget was saved</source>
        <translation>%1：已拒绝，未保存任何预算</translation>
    </message>
    <message>
        <source>%1: %2: %3 budget(s) saved</source>
        <translation>%1：%2：已保存 %3 个年度预算</translation>
    </message>
    <message>
        <source>%1: rejected; no project was added</source>
        <translation>%1：已拒绝，未添加任何项目</translation>
    </message>
    <message>
        <source>%1: %2: %3 project(s) added</source>
        <translation>%1：%2：已添加 %3 个项目</translation>
    </message>
    <message>
        <source>server import-sqlite takes one FILE</source>
        <translation>server import-sqlite 需要一个文件</translation>
    </message>
    <message>
        <source>server import-sqlite takes an SQLite file, not a server</source>
        <translation>server import-sqlite 需要 SQLite 数据库文件，而不是服务器地址</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: %2 row(s) of %3 table(s) moved into %4</source>
        <translation>%1：%3 张表共 %2 行已迁入 %4</translation>
    </message>
    <message>
        <source>%1: rejected; no record was saved</source>
        <translation>%1：已拒绝，未保存任何记录</translation>
    </message>
    <message>
        <source>%1: %2 %3: %4 record(s) saved, %5 done</source>
        <translation>%1：%2 %3年：已保存 %4 条记录，其中已完成 %5 条</translation>
    </message>
    <message>
        <source>%1: rejected; no hazard was added</source>
        <translation>%1：已拒绝，未添加任何隐患</translation>
    </message>
    <message>
        <source>%1: %2: %3 hazard(s) added</source>
        <translation>%1：%2：已添加 %3 条隐患</translation>
    </message>
    <message>
        <source>return obligation %1 (%2) copied with it</source>
        <translation>报送义务 %1（%2）已随之复制</translation>
    </message>
    <message>
        <source>form %1: %2 has one already, left as it is</source>
        <translation>报表 %1：%2 已有此报表，保持不变</translation>
    </message>
    <message>
        <source>--layout %1 writes a workbook: give -o FILE.xlsx</source>
        <translation>--layout %1 输出工作簿：请用 -o 文件.xlsx</translation>
    </message>
    <message>
        <source>--layout must be form, data, sheet or template</source>
        <translation>--layout 应为 form、data、sheet 或 template</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the control character U+%1 (a NUL or a similar byte no spreadsheet writes) is in the text; the file is damaged</source>
        <translation>文本中有控制字符 U+%1（NUL 或电子表格不会写入的类似字节），文件已损坏</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters; no form has such a line (a quote left open?)</source>
        <translation>该行超过 %1 个字符，没有报表会有这样的行（是否有未闭合的引号？）</translation>
    </message>
    <message>
        <source>the quoted cell &quot;%1&quot; that opens on this line is followed by text after its closing quote (line %2); a quote is misplaced</source>
        <translation>本行开始的带引号单元格“%1”在结束引号之后（第 %2 行）还有文字，引号位置有误</translation>
    </message>
    <message>
        <source>a quote (&quot;) inside the cell &quot;%1&quot;; a cell holding quotes must be quoted whole, as spreadsheets save it</source>
        <translation>单元格“%1”中有引号（&quot;）；含引号的单元格须整体加引号，电子表格保存时即是如此</translation>
    </message>
    <message>
        <source>a cell longer than %1 characters (more than a spreadsheet cell holds): &quot;%2&quot;</source>
        <translation>单元格超过 %1 个字符（超出电子表格单元格的容量）：“%2”</translation>
    </message>
    <message>
        <source>the quote (&quot;) that opens the cell &quot;%1&quot; on this line is never closed; a stray quote would swallow the lines after it</source>
        <translation>本行单元格“%1”开头的引号（&quot;）没有闭合；多余的引号会吞掉其后的各行</translation>
    </message>
</context>
<context>
    <name>CsvStreamReader</name>
    <message>
        <source>the file is neither UTF-8, UTF-16 nor GB18030 text</source>
        <translation>文件不是 UTF-8、UTF-16 或 GB18030 编码的文本</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>文本不是有效的 %1 编码</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (the file starts as UTF-8); the file is damaged</source>
        <translation>文本不是有效的 UTF-8（文件开头为 UTF-8），文件已损坏</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (the file is UTF-8 with a damaged byte)</source>
        <translation>文本不是有效的 UTF-8（文件为 UTF-8，其中有损坏的字节）</translation>
    </message>
    <message>
        <source>the control character U+%1 (a NUL or a similar byte no spreadsheet writes) is in the text; the file is damaged</source>
        <translation>文本中有控制字符 U+%1（NUL 或电子表格不会写入的类似字节），文件已损坏</translation>
    </message>
    <message>
        <source>the quote (&quot;) that opens the cell &quot;%1&quot; on this line is never closed; a stray quote would swallow the lines after it</source>
        <translation>本行单元格“%1”开头的引号（&quot;）没有闭合；多余的引号会吞掉其后的各行</translation>
    </message>
    <message>
        <source>the quoted cell &quot;%1&quot; that opens on this line is followed by text after its closing quote (line %2); a quote is misplaced</source>
        <translation>本行开始的带引号单元格“%1”在结束引号之后（第 %2 行）还有文字，引号位置有误</translation>
    </message>
    <message>
        <source>a cell longer than %1 characters (more than a spreadsheet cell holds): &quot;%2&quot;</source>
        <translation>单元格超过 %1 个字符（超出电子表格单元格的容量）：“%2”</translation>
    </message>
    <message>
        <source>a quote (&quot;) inside the cell &quot;%1&quot;; a cell holding quotes must be quoted whole, as spreadsheets save it</source>
        <translation>单元格“%1”中有引号（&quot;）；含引号的单元格须整体加引号，电子表格保存时即是如此</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters; no form has such a line (a quote left open?)</source>
        <translation>该行超过 %1 个字符，没有报表会有这样的行（是否有未闭合的引号？）</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the file name is too long (%1 bytes; at most %2, so that the database&apos;s journal fits beside it): choose a shorter name</source>
        <translation>文件名过长（%1 字节；最多 %2 字节，以便在旁边存放数据库日志文件）：请使用较短的文件名</translation>
    </message>
    <message>
        <source>the path is too long (%1 bytes; at most %2): choose a shorter folder or name</source>
        <translation>路径过长（%1 字节；最多 %2 字节）：请使用较短的文件夹或文件名</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>an SQLite database of another program: it has no Yufang schema</source>
        <translation>这是其他程序的 SQLite 数据库，没有预防的数据结构</translation>
    </message>
    <message>
        <source>; restore a backup of it</source>
        <translation>；请恢复该数据库的备份</translation>
    </message>
    <message>
        <source>; restore a backup of it: the last automatic one is %1</source>
        <translation>；请恢复该数据库的备份：最近的自动备份为 %1</translation>
    </message>
    <message>
        <source>cannot back up the database before updating its schema, so it was not updated: %1</source>
        <translation>更新数据库结构前无法备份，因此未更新：%1</translation>
    </message>
    <message>
        <source>the database must first be upgraded by the copy of Yufang that has it open; it cannot be opened read-only</source>
        <translation>数据库须先由正在使用它的预防副本升级，暂不能以只读方式打开</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed; on Debian install the package libqt6sql6-psql</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）；在 Debian 上请安装 libqt6sql6-psql 软件包</translation>
    </message>
    <message>
        <source>the server database (schema) holds tables of another program: it has no Yufang schema</source>
        <translation>服务器上的该数据库（模式）存放的是其他程序的表，没有预防的数据结构</translation>
    </message>
</context>
<context>
    <name>DatabaseAccount</name>
    <message>
        <source>unknown account</source>
        <translation>未知账户</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>busy: another program is writing to the database; try again when it has finished (%1)</source>
        <translation>数据库忙：另一个程序正在写入数据库，请待其完成后重试（%1）</translation>
    </message>
    <message>
        <source>not a Yufang database (%1); the file was not changed</source>
        <translation>不是预防数据库（%1）；文件未作修改</translation>
    </message>
    <message>
        <source>the database is damaged (%1); nothing was written to it</source>
        <translation>数据库已损坏（%1）；未向其写入任何内容</translation>
    </message>
    <message>
        <source>the disk is full (%1); nothing was changed. Free some space and try again</source>
        <translation>磁盘已满（%1）；未作任何修改。请释放磁盘空间后重试</translation>
    </message>
    <message>
        <source>the database cannot be written (%1); nothing was changed</source>
        <translation>数据库无法写入（%1）；未作任何修改</translation>
    </message>
    <message>
        <source>the database cannot be opened (%1)</source>
        <translation>无法打开数据库（%1）</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>文件不是数据库</translation>
    </message>
    <message>
        <source>the database file is malformed</source>
        <translation>数据库文件格式已损坏</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation>数据库已被锁定</translation>
    </message>
    <message>
        <source>the database or the disk is full</source>
        <translation>数据库或磁盘已满</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>数据库文件为只读</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>无法打开数据库文件</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>cannot create the lock file %1 (is the folder read-only?)</source>
        <translation>无法创建锁文件 %1（文件夹是否只读？）</translation>
    </message>
    <message>
        <source>%1 is open for editing in another copy of Yufang (%2, process %3 on computer %4). Two copies editing one database can overwrite each other&apos;s work.</source>
        <translation>数据库 %1 正在另一个预防副本中编辑（%2，计算机 %4 上的进程 %3）。两个副本同时编辑同一个数据库会互相覆盖对方的工作。</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1（本机）</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open: open it read-only (nothing can be saved).
Cancel: do not open it.</source>
        <translation>打开：以只读方式打开（不能保存任何修改）。
取消：不打开。</translation>
    </message>
    <message>
        <source>Open: open it read-only here (you can look, print and export; nothing can be saved).
Cancel: do not open it.</source>
        <translation>打开：在此以只读方式打开（可以查看、打印和导出，不能保存任何修改）。
取消：不打开。</translation>
    </message>
    <message>
        <source>Ignore: the copy on %1 is closed (it crashed or the computer was switched off): remove its lock and open the database for editing.</source>
        <translation>忽略：%1 上的副本已关闭（程序崩溃或计算机已关机）：删除它的锁并以可编辑方式打开数据库。</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>数据库正在使用中</translation>
    </message>
    <message>
        <source>The lock of %1 could not be removed.</source>
        <translation>无法删除 %1 的锁。</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>import the file again and answer Yes when asked whether to replace</source>
        <translation>如需替换，请重新导入该文件，并在询问是否替换时选“是”</translation>
    </message>
    <message>
        <source>fill in 填报单位 in the file</source>
        <translation>请在文件中填写“填报单位”</translation>
    </message>
    <message>
        <source>select the year on the left before importing</source>
        <translation>请先在左侧选择年度再导入</translation>
    </message>
    <message>
        <source>check the 单位代码, or have the unit added to this database first</source>
        <translation>请核对单位代码，或先将该单位添加到本数据库</translation>
    </message>
</context>
<context>
    <name>DiseaseCharts</name>
    <message>
        <source>Pneumoconiosis</source>
        <translation>尘肺病</translation>
    </message>
    <message>
        <source>Other occupational diseases</source>
        <translation>其他职业病</translation>
    </message>
    <message>
        <source>%1 %2: %3 new cases</source>
        <translation>%1 %2年：新发病例 %3 例</translation>
    </message>
    <message>
        <source>%1: new occupational disease cases by year</source>
        <translation>%1：职业病新发病例数年度趋势</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>新发病例</translation>
    </message>
</context>
<context>
    <name>EvaluationCsv</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>编制单位</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>基线年度</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>实施期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>EvaluationDocument</name>
    <message>
        <source>unchanged</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>down %1%</source>
        <translation>下降%1%</translation>
    </message>
    <message>
        <source>up %1%</source>
        <translation>上升%1%</translation>
    </message>
    <message>
        <source>Final evaluation report</source>
        <translation>期末评估报告</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>Units reporting, %1</source>
        <translation>%1年报送单位数</translation>
    </message>
    <message>
        <source>in %1, %2 of the %3 units expected reported</source>
        <translation>%1年应报%3个单位，已报%2个</translation>
    </message>
    <message>
        <source>in %1, %2 was %3</source>
        <translation>%1年%2为%3</translation>
    </message>
    <message>
        <source>, %1 on %2 (like for like)</source>
        <translation>，同口径较%2年%1</translation>
    </message>
    <message>
        <source>Tasks and safeguards</source>
        <translation>工作任务和保障措施</translation>
    </message>
    <message>
        <source>%1 of %2 obligations done, %3 late</source>
        <translation>%2项工作任务已完成%1项，延期%3项</translation>
    </message>
    <message>
        <source>Prevention fee, %1</source>
        <translation>%1年工伤预防费</translation>
    </message>
    <message>
        <source>in %1, %2 yuan of prevention fee committed against a cap of %3 yuan</source>
        <translation>%1年工伤预防费立项使用%2元，上限%3元</translation>
    </message>
    <message>
        <source>Figures are consolidated from the counts of the units below, summed before any rate is computed. A change against the baseline year compares like for like: only the units that reported in both the baseline year and the year are counted in both (同口径); a status is given only when they are at least the plan&apos;s reporting threshold of the units expected.</source>
        <translation>各项数据由下级单位填报的数量汇总而得，先求和再计算比率。与基线年度的比较按同口径进行：只计入基线年度和当年均已报送的单位；同口径单位数达到实施方案规定的报送比例时才给出评价结论。</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source> (local)</source>
        <translation>（本地）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Change, like for like (%)</source>
        <translation>同口径较基线变化（%）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>本年度值</translation>
    </message>
    <message>
        <source>Reported/expected</source>
        <translation>已报/应报</translation>
    </message>
    <message>
        <source>Key-personnel category</source>
        <translation>重点人员类别</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行业（项目）</translation>
    </message>
    <message>
        <source>%1: units below, ranked, %2</source>
        <translation>%1：%2年下级单位排名</translation>
    </message>
    <message>
        <source>1. Completeness of the returns</source>
        <translation>一、数据报送完整性</translation>
    </message>
    <message>
        <source>2. Indicators of the plan</source>
        <translation>二、主要指标完成情况</translation>
    </message>
    <message>
        <source>3. Training of key personnel</source>
        <translation>三、重点人员培训覆盖情况</translation>
    </message>
    <message>
        <source>4. Occupational disease</source>
        <translation>四、职业病防治情况</translation>
    </message>
    <message>
        <source>5. Work-injury insurance of the key industries</source>
        <translation>五、重点行业工伤保险参保情况</translation>
    </message>
    <message>
        <source>6. Tasks and safeguards</source>
        <translation>六、工作任务和保障措施落实情况</translation>
    </message>
    <message>
        <source>7. Main measures and results</source>
        <translation>七、主要做法和成效</translation>
    </message>
    <message>
        <source>8. Problems</source>
        <translation>八、存在的问题</translation>
    </message>
    <message>
        <source>9. Next steps</source>
        <translation>九、下一步工作打算</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Units reporting each year</source>
        <translation>各年度报送情况</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>The plan&apos;s indicators at a glance</source>
        <translation>主要指标一览</translation>
    </message>
    <message>
        <source>Task or safeguard</source>
        <translation>工作任务或保障措施</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>是否按时</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>late</source>
        <translation>延期完成</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Obligations of the period</source>
        <translation>实施期内各项工作任务</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Overdue hazard rectifications</source>
        <translation>逾期未整改的隐患</translation>
    </message>
    <message>
        <source>Cap (yuan)</source>
        <translation>使用上限（元）</translation>
    </message>
    <message>
        <source>Committed (yuan)</source>
        <translation>已立项金额（元）</translation>
    </message>
    <message>
        <source>Share of cap (%)</source>
        <translation>占上限比例（%）</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Experts reviewing</source>
        <translation>参与评审专家数</translation>
    </message>
    <message>
        <source>Prevention fee against its cap, and expert reviews</source>
        <translation>工伤预防费使用与专家评审情况</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1%3年%2</translation>
    </message>
    <message>
        <source>Reporting unit: %1 (%2)</source>
        <translation>报告单位：%1（%2）</translation>
    </message>
    <message>
        <source>Plan: %1 %2</source>
        <translation>实施方案：%1（%2）</translation>
    </message>
    <message>
        <source>Period: %1-%2, baseline year %3; figures up to %4</source>
        <translation>实施期：%1-%2年，基线年度%3年；数据截至%4年</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>编制人：%1</translation>
    </message>
    <message>
        <source>%1, %2: units below without data: %3</source>
        <translation>%1（%2年）无数据的下级单位：%3</translation>
    </message>
    <message>
        <source>The plan has no indicator of this kind.</source>
        <translation>实施方案未设此类指标。</translation>
    </message>
    <message>
        <source>%1 obligations fell due; %2 done, %3 late or overdue.</source>
        <translation>到期工作任务%1项，已完成%2项，延期或逾期%3项。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Expert pool: %1 experts, %2 valid on %3.</source>
        <translation>专家库：共%1名专家，截至%3在聘%2名。</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>（尚未填写）</translation>
    </message>
    <message>
        <source>Rates are computed from summed counts, never averaged; a total row recomputes them from the sums. A change is (value − baseline) ÷ baseline; “%1” means not applicable (no figures, or a zero denominator).</source>
        <translation>比率均由汇总后的数量计算，不对比率求平均；合计行按合计数重新计算。较基线变化 =（本年度值 − 基线值）÷ 基线值；“%1”表示不适用（无数据或分母为零）。</translation>
    </message>
    <message>
        <source>%1 units below %2 %3</source>
        <translation>%1下级单位%3年%2</translation>
    </message>
    <message>
        <source>%1: %2 of the units below, %3</source>
        <translation>%1：下级单位%3年%2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Glide path</source>
        <translation>进度预期</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>%1年基线</translation>
    </message>
    <message>
        <source>%1 base</source>
        <translation>%1基线</translation>
    </message>
    <message>
        <source>%1, %2: none of the %3 units below has data</source>
        <translation>%1（%2年）：%3个下级单位均无数据</translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <source>Work-injury insurance coverage of the key industries</source>
        <translation>重点行业工伤保险参保率</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>未知单位 %1</translation>
    </message>
    <message>
        <source>%1 follows no plan</source>
        <translation>%1 未关联实施方案</translation>
    </message>
    <message>
        <source>%1 is outside the period %2-%3 of %4</source>
        <translation>%1年不在%4的实施期（%2-%3年）内</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>Expert</name>
    <message>
        <source>Production safety</source>
        <translation>安全生产</translation>
    </message>
    <message>
        <source>Occupational health</source>
        <translation>职业卫生</translation>
    </message>
    <message>
        <source>Work-injury prevention</source>
        <translation>工伤预防</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
</context>
<context>
    <name>ExpertCsv</name>
    <message>
        <source>name (姓名) is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>field (专业领域): &quot;%1&quot; is not 工伤预防, 安全生产 or 职业卫生</source>
        <translation>专业领域：“%1”不是工伤预防、安全生产或职业卫生</translation>
    </message>
    <message>
        <source>level (级别): &quot;%1&quot; is not 省级 or 市级</source>
        <translation>级别：“%1”不是省级或市级</translation>
    </message>
    <message>
        <source>valid_until (有效期至): &quot;%1&quot; is not a date such as 2025-12-31</source>
        <translation>有效期至：“%1”不是日期，例如 2025-12-31</translation>
    </message>
    <message>
        <source>name (姓名): %1</source>
        <translation>姓名：%1</translation>
    </message>
</context>
<context>
    <name>ExpertRepository</name>
    <message>
        <source>saving failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>an expert needs a name</source>
        <translation>专家须填写姓名</translation>
    </message>
</context>
<context>
    <name>FeeRepository</name>
    <message>
        <source>saving failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
</context>
<context>
    <name>FileOutput</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2); the previous file was kept</source>
        <translation>%1：磁盘已满（%2）；原文件保持不变</translation>
    </message>
    <message>
        <source>%1: this is the open database or one of its journals; choose another file name</source>
        <translation>%1：这是正在使用的数据库或其日志文件，请另选文件名</translation>
    </message>
    <message>
        <source>%1: cannot write: the file was not opened</source>
        <translation>%1：无法写入：文件未打开</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>standard output: the disk is full (%1)</source>
        <translation>标准输出：磁盘已满（%1）</translation>
    </message>
    <message>
        <source>standard output: cannot write: %1</source>
        <translation>标准输出：无法写入：%1</translation>
    </message>
</context>
<context>
    <name>FormCsvReader</name>
    <message>
        <source>column &quot;%1&quot; is not part of the table and was ignored</source>
        <translation>列“%1”不属于本表，已忽略</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>列“%1”重复出现</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1</source>
        <translation>表头缺少列：%1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>no header row with %1 was found; is this the right kind of file?</source>
        <translation>未找到含“%1”的表头行，请确认文件类型是否正确</translation>
    </message>
    <message>
        <source>年度: &quot;%1&quot; is not a year</source>
        <translation>年度：“%1”不是有效年份</translation>
    </message>
    <message>
        <source>%1 more columns are not part of the table and were ignored</source>
        <translation>另有 %1 列不属于本表，已忽略</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>填报日期: &quot;%1&quot; is not a date</source>
        <translation>填报日期：“%1”不是有效日期</translation>
    </message>
    <message>
        <source>the header names the year %1, but 年度 says %2</source>
        <translation>表头所列年度为 %1，但“年度”为 %2</translation>
    </message>
    <message>
        <source>%1: a row with figures below %2 is not part of the table; move it above 合计</source>
        <translation>%1：%2下方有填有数字的行，不属于表格，请移到“合计”行上方</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>单位代码/单位名称: %1</source>
        <translation>单位代码/单位名称：%1</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>the form code &quot;%1&quot; must be ASCII letters, digits, _ or -</source>
        <translation>报表代码“%1”只能由英文字母、数字、_ 或 - 组成</translation>
    </message>
    <message>
        <source>the form has no title</source>
        <translation>报表没有标题</translation>
    </message>
    <message>
        <source>a form with a fixed list of rows needs at least one row</source>
        <translation>固定行报表至少需要一行</translation>
    </message>
    <message>
        <source>the form has no columns</source>
        <translation>报表没有栏目</translation>
    </message>
    <message>
        <source>column %1: the key &quot;%2&quot; must be ASCII letters, digits, _ or -</source>
        <translation>第 %1 栏：代码“%2”只能由英文字母、数字、_ 或 - 组成</translation>
    </message>
    <message>
        <source>column %1: the key &quot;%2&quot; is used twice</source>
        <translation>第 %1 栏：代码“%2”重复使用</translation>
    </message>
    <message>
        <source>column %1 (%2) has no caption</source>
        <translation>第 %1 栏（%2）没有名称</translation>
    </message>
    <message>
        <source>column %1 (%2): decimals must be between 0 and 6</source>
        <translation>第 %1 栏（%2）：小数位数应在 0 到 6 之间</translation>
    </message>
    <message>
        <source>column %1 (%2): a sum column needs the columns it adds</source>
        <translation>第 %1 栏（%2）：合计栏须列出相加的栏目</translation>
    </message>
    <message>
        <source>column %1 (%2): &quot;%3&quot; is not a count column of this form</source>
        <translation>第 %1 栏（%2）：“%3”不是本表的计数栏目</translation>
    </message>
    <message>
        <source>column %1 (%2): the %3 &quot;%4&quot; is not a count or decimal column of this form</source>
        <translation>第 %1 栏（%2）：%3“%4”不是本表的计数或小数栏目</translation>
    </message>
    <message>
        <source>column %1 (%2): the scale must be a positive whole number (100 for %, 1000 for ‰)</source>
        <translation>第 %1 栏（%2）：倍数须为正整数（% 为 100，‰ 为 1000）</translation>
    </message>
    <message>
        <source>rule %1: &quot;%2&quot; is not a count or decimal column of this form</source>
        <translation>第 %1 条校验规则：“%2”不是本表的计数或小数栏目</translation>
    </message>
    <message>
        <source>rule %1 has no message</source>
        <translation>第 %1 条校验规则没有提示信息</translation>
    </message>
    <message>
        <source>%1 %2: the key &quot;%3&quot; must be ASCII letters, digits, _ or -</source>
        <translation>%1 第 %2 项：代码“%3”只能由英文字母、数字、_ 或 - 组成</translation>
    </message>
    <message>
        <source>%1 %2: the key &quot;%3&quot; is used twice</source>
        <translation>%1 第 %2 项：代码“%3”重复使用</translation>
    </message>
    <message>
        <source>subtotals need a form whose rows have groups (industries × key-personnel categories)</source>
        <translation>小计只适用于行带分组的报表（重点行业 × 重点人员类别）</translation>
    </message>
    <message>
        <source>the printed form has %1 columns: give as many widths, each above 0, or none</source>
        <translation>打印表共 %1 栏：请给出同样多个大于 0 的宽度，或不给</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>indicators printed as a line need the line ({value}, {expected}, {target}, {status})</source>
        <translation>指标按行打印时需要给出该行文字（{value}、{expected}、{target}、{status}）</translation>
    </message>
    <message>
        <source>a part of the trend table needs a caption</source>
        <translation>趋势表的分项栏需要标题</translation>
    </message>
    <message>
        <source>a part of the trend table needs the columns it adds</source>
        <translation>趋势表的分项栏需要列出相加的栏目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count column of this form</source>
        <translation>“%1”不是本表的计数栏目</translation>
    </message>
    <message>
        <source>the printed form has %1 columns: give as many headers, or none</source>
        <translation>打印表共 %1 栏：请给出同样多个表头，或不给</translation>
    </message>
</context>
<context>
    <name>FormDefinitionJson</name>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>必须是字符串列表</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>is not a member of a form definition</source>
        <translation>不是报表定义的成员</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a form definition is one JSON object { … }</source>
        <translation>报表定义应是一个 JSON 对象 { … }</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of error, warning</source>
        <translation>“%1”不是 error 或 warning</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of row, group</source>
        <translation>“%1”不是 row、group 之一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of groups, rows</source>
        <translation>“%1”不是 groups、rows 之一</translation>
    </message>
    <message>
        <source>must be a list of whole numbers</source>
        <translation>必须是整数列表</translation>
    </message>
</context>
<context>
    <name>FormDefinitionRepository</name>
    <message>
        <source>there is no plan with id %1</source>
        <translation>没有编号为 %1 的行动计划</translation>
    </message>
    <message>
        <source>the plan has no form %1</source>
        <translation>该行动计划没有报表 %1</translation>
    </message>
    <message>
        <source>the form %1 holds the figures of %2 unit(s); it cannot be deleted while they are kept</source>
        <translation>报表 %1 存有 %2 个单位的数据，在保留这些数据期间不能删除</translation>
    </message>
</context>
<context>
    <name>FormDefinitions</name>
    <message>
        <source>the plan has a form %1 already</source>
        <translation>该行动计划已有报表 %1</translation>
    </message>
    <message>
        <source>the plan has no form %1</source>
        <translation>该行动计划没有报表 %1</translation>
    </message>
</context>
<context>
    <name>FormImport</name>
    <message>
        <source>填报单位 &quot;%1&quot; names no known unit</source>
        <translation>填报单位“%1”无法对应到已有单位</translation>
    </message>
    <message>
        <source>填报单位 &quot;%1&quot; is ambiguous: %2</source>
        <translation>填报单位“%1”可对应多个单位：%2</translation>
    </message>
    <message>
        <source>the file is for %1 %2 but %3 %4 was chosen</source>
        <translation>文件属于 %1 %2，但所选单位为 %3 %4</translation>
    </message>
    <message>
        <source>the file is for the year %1 but %2 was chosen</source>
        <translation>文件为 %1 年数据，但所选年度为 %2</translation>
    </message>
    <message>
        <source>%1: rejected, %2 error(s); nothing was imported from this file</source>
        <translation>%1：已拒绝，%2 处错误；该文件未导入任何数据</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>writing to the database failed: %1</source>
        <translation>写入数据库失败：%1</translation>
    </message>
    <message>
        <source>the chosen unit %1 is not a known unit code or name</source>
        <translation>所选单位 %1 不是已有的单位代码或名称</translation>
    </message>
    <message>
        <source>the file does not say which unit it is for: fill in 填报单位 or choose the unit</source>
        <translation>文件未注明填报单位：请填写“填报单位”或指定单位</translation>
    </message>
    <message>
        <source>the file does not say which year it is for (no 年度 line): choose the year</source>
        <translation>文件未注明年度（无“年度”行）：请指定年度</translation>
    </message>
    <message>
        <source>the receipt date %1 is after today (%2)</source>
        <translation>接收日期 %1 晚于今天（%2）</translation>
    </message>
</context>
<context>
    <name>FormLocks</name>
    <message>
        <source>unlocking a form needs a reason</source>
        <translation>解锁报表须填写原因</translation>
    </message>
    <message>
        <source>the form of %1 for %2 is locked: its return was accepted (已审核) on %3 by %4. Unlock it with a reason before changing it.</source>
        <translation>%1 %2 年的该报表已锁定：其报送已于 %3 由 %4 审核（已审核）。如需修改，请先填写原因解锁。</translation>
    </message>
</context>
<context>
    <name>FormTableExport</name>
    <message>
        <source>unknown unit: %1</source>
        <translation>未知单位：%1</translation>
    </message>
    <message>
        <source>the plan %1 follows has no form %2</source>
        <translation>%1 执行的行动计划没有报表 %2</translation>
    </message>
</context>
<context>
    <name>FormTableImporter</name>
    <message>
        <source>%1: imported %2 form(s) %3, %4 row(s) (%5, %6 warning(s))</source>
        <translation>%1：已导入 %2 张报表 %3，共 %4 行（%5，%6 条警告）</translation>
    </message>
    <message>
        <source>no plan has a form %1</source>
        <translation>没有行动计划含报表 %1</translation>
    </message>
    <message>
        <source>the file holds no rows of the form</source>
        <translation>文件中没有本表的数据行</translation>
    </message>
    <message>
        <source>the plan %1 follows has no form %2</source>
        <translation>%1 执行的行动计划没有报表 %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is not a row of the form %2 for %3</source>
        <translation>%1 不是%3的%2中的行</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 重复出现（首次在第 %2 行）</translation>
    </message>
    <message>
        <source>合计, %1: the rows sum to %2 but the total row says %3</source>
        <translation>合计，%1：各行之和为 %2，合计行为 %3</translation>
    </message>
    <message>
        <source>%1 %2: no figures are filled in</source>
        <translation>%1 %2：未填写任何数据</translation>
    </message>
    <message>
        <source>%1 is not a key-personnel category of %2&apos;s plan (%3)</source>
        <translation>%1 不是%2所执行实施方案的重点人员类别（%3）</translation>
    </message>
    <message>
        <source>%1 is not a key industry of %2; local key industries are added on the key-industry form (基本情况表) first</source>
        <translation>%1 不是%2的重点行业；本地重点行业请先在基本情况表中添加</translation>
    </message>
    <message>
        <source>%1&apos;s sub-units already hold the form %2 for %3 (%4 unit(s)); these rows are stored as %1&apos;s own and added to theirs in every total. If the file is a consolidated total, it counts them twice.</source>
        <translation>%1 的下级单位已有 %3 年的%2（%4 个单位）；这些行将作为 %1 本级数据保存，并在各级合计中与下级相加。如果文件是汇总数，将被重复计算。</translation>
    </message>
    <message>
        <source>%1 is left empty in the file: the stored &quot;%2&quot; is removed</source>
        <translation>文件中%1为空：已存的“%2”将被删除</translation>
    </message>
    <message>
        <source>%1 changes from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>%1由“%2”改为“%3”</translation>
    </message>
    <message>
        <source>the file does not hold %1; the stored value(s) are kept</source>
        <translation>文件中没有%1，保留已存的值</translation>
    </message>
    <message>
        <source>%1: imported %2 form(s), %3 row(s) (%4, %5 warning(s))</source>
        <translation>%1：已导入 %2 张表、%3 行（%4，%5 条警告）</translation>
    </message>
    <message>
        <source>单位代码 %1 is not a known unit</source>
        <translation>单位代码 %1 不是已有单位</translation>
    </message>
    <message>
        <source>%1 %2 appears more than once in the file</source>
        <translation>%1 %2 在文件中出现多次</translation>
    </message>
    <message>
        <source>%1 is not a key industry of the plan; it becomes a local key industry of %2</source>
        <translation>%1 不是实施方案中的重点行业，将作为%2确定的本地重点行业</translation>
    </message>
    <message>
        <source>%1 %2 already holds data</source>
        <translation>%1 %2 年已有数据</translation>
    </message>
    <message>
        <source>recorded as %1&apos;s return &quot;%2&quot; received on %3</source>
        <translation>已登记为%1的报送事项“%2”，接收日期 %3</translation>
    </message>
</context>
<context>
    <name>FormValidation</name>
    <message>
        <source>%1: %2 must not be negative (found %3)</source>
        <translation>%1：%2 不能为负数（现为 %3）</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %4, %5 %6)</source>
        <translation>%1：%2（%3 %4，%5 %6）</translation>
    </message>
    <message>
        <source>row %1: %2 is empty</source>
        <translation>第 %1 行：%2为空</translation>
    </message>
    <message>
        <source>the row name</source>
        <translation>行名称</translation>
    </message>
    <message>
        <source>%1: the row appears more than once</source>
        <translation>%1：该行重复出现</translation>
    </message>
    <message>
        <source>%1: this form takes no rows of its own, only those the plan names</source>
        <translation>%1：本表不接受自行增加的行，只能填报行动计划列明的行</translation>
    </message>
    <message>
        <source>%1: the file states %2 %3 but the figures give %4; the computed value is used</source>
        <translation>%1：文件中%2为 %3，按数据计算为 %4；采用计算值</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Target met</source>
        <comment>progress status</comment>
        <translation>已达成</translation>
    </message>
    <message>
        <source>On track</source>
        <comment>progress status</comment>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>Behind</source>
        <comment>progress status</comment>
        <translation>滞后</translation>
    </message>
    <message>
        <source>No baseline</source>
        <comment>progress status</comment>
        <translation>无基线</translation>
    </message>
    <message>
        <source>No data</source>
        <comment>progress status</comment>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Incomplete coverage</source>
        <comment>progress status</comment>
        <translation>覆盖不足</translation>
    </message>
    <message>
        <source>Target not met</source>
        <comment>progress status</comment>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <comment>progress status</comment>
        <translation>不作评价</translation>
    </message>
    <message>
        <source>Like for like</source>
        <comment>reporting category</comment>
        <translation>同口径</translation>
    </message>
    <message>
        <source>All reported</source>
        <comment>reporting category</comment>
        <translation>全部已报</translation>
    </message>
    <message>
        <source>Expected</source>
        <comment>reporting category</comment>
        <translation>应报</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>reporting category</comment>
        <translation>已报</translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>reporting category</comment>
        <translation>未报</translation>
    </message>
</context>
<context>
    <name>Hazard</name>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Not rectified</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>the enterprise is empty</source>
        <translation>企业名称为空</translation>
    </message>
    <message>
        <source>the problem is empty</source>
        <translation>隐患问题为空</translation>
    </message>
    <message>
        <source>the rectification deadline is missing</source>
        <translation>缺少整改期限</translation>
    </message>
    <message>
        <source>a rectified hazard needs the date it was closed</source>
        <translation>已整改的隐患须填写整改完成日期</translation>
    </message>
    <message>
        <source>the deadline is before the day the hazard was found</source>
        <translation>整改期限早于发现日期</translation>
    </message>
</context>
<context>
    <name>ImportFileFilter</name>
    <message>
        <source>CSV and Excel files (*.csv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>CSV 和 Excel 文件 (*.csv *.txt *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>IndicatorChange</name>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>IndicatorDefinition</name>
    <message>
        <source>code: &quot;%1&quot; is not a code (ascii letters, digits, - _ .)</source>
        <translation>code: “%1”不是有效代码（只能用英文字母、数字、- _ .）</translation>
    </message>
    <message>
        <source>name: must not be empty</source>
        <translation>name: 不能为空</translation>
    </message>
    <message>
        <source>form: must name the form the indicator reads</source>
        <translation>form: 必须指明指标所用的报表</translation>
    </message>
    <message>
        <source>numerator: must name at least one column</source>
        <translation>numerator: 至少要指明一个栏目</translation>
    </message>
    <message>
        <source>denominator: a ratio of sums needs a denominator column</source>
        <translation>denominator: 合计之比需要分母栏目</translation>
    </message>
    <message>
        <source>scale: must be 1 or more (100 for %, 1000 for ‰)</source>
        <translation>scale: 必须为 1 或以上（% 为 100，‰ 为 1000）</translation>
    </message>
    <message>
        <source>decimals: must be between 0 and 6</source>
        <translation>decimals: 必须在 0 到 6 之间</translation>
    </message>
    <message>
        <source>baseline_year: must be a year, or 0 for the plan&apos;s</source>
        <translation>baseline_year: 必须是年份，或 0 表示采用实施方案的基线年度</translation>
    </message>
    <message>
        <source>glide_path: a glide path needs a numeric target</source>
        <translation>glide_path: 进度路径需要数值目标</translation>
    </message>
    <message>
        <source>target: a relative target of an indicator that should go %1 must be %2</source>
        <translation>target: 方向为 %1 的指标，其相对目标必须%2</translation>
    </message>
    <message>
        <source>below 0 (−0.10: down 10 %)</source>
        <translation>小于 0（−0.10 表示下降 10%）</translation>
    </message>
    <message>
        <source>above 0 (0.10: up 10 %)</source>
        <translation>大于 0（0.10 表示上升 10%）</translation>
    </message>
    <message>
        <source>target: a value cannot fall by 100 % or more</source>
        <translation>target: 数值不可能下降 100% 或更多</translation>
    </message>
    <message>
        <source>target: a level must not be negative</source>
        <translation>target: 目标值不能为负数</translation>
    </message>
    <message>
        <source>glide_path: a path from the first year with data needs a level target (a change needs the baseline year)</source>
        <translation>glide_path: 自首个有数据年度起的进度路径需要应达水平目标（相对变化须以基期年度为起点）</translation>
    </message>
</context>
<context>
    <name>IndicatorDefinitionJson</name>
    <message>
        <source>is missing</source>
        <translation>缺少此项</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be a column key or a list of them</source>
        <translation>必须是栏目代码或栏目代码列表</translation>
    </message>
    <message>
        <source>every item must be a non-empty text</source>
        <translation>每一项都必须是非空文本</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>未知字段（可用字段：%1）</translation>
    </message>
    <message>
        <source>is missing: a %1 target needs its value</source>
        <translation>缺少此项：%1 目标需要给出数值</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>an indicator definition must be one JSON object</source>
        <translation>指标定义必须是一个 JSON 对象</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>saving the indicator failed: %1</source>
        <translation>保存指标失败：%1</translation>
    </message>
    <message>
        <source>the stored definition is not a JSON object</source>
        <translation>已存储的定义不是 JSON 对象</translation>
    </message>
    <message>
        <source>the plan does not exist</source>
        <translation>实施方案不存在</translation>
    </message>
    <message>
        <source>code: the plan has an indicator %1 already</source>
        <translation>code: 该实施方案已有指标 %1</translation>
    </message>
    <message>
        <source>the plan has no indicator %1</source>
        <translation>该实施方案没有指标 %1</translation>
    </message>
    <message>
        <source>the plan has no indicator of occupational-disease cases</source>
        <translation>该实施方案没有职业病新发病例数指标</translation>
    </message>
</context>
<context>
    <name>IndicatorService</name>
    <message>
        <source>form: no form %1 to read</source>
        <translation>form: 没有可读取的报表 %1</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>未知单位 %1</translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation>未知实施方案</translation>
    </message>
    <message>
        <source>%1 follows no plan</source>
        <translation>%1 未执行任何实施方案</translation>
    </message>
</context>
<context>
    <name>InputText</name>
    <message>
        <source>&quot;%1&quot; holds a line break, which a name or code cannot</source>
        <translation>“%1”中有换行，名称或代码不能含换行</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a tab, which a name or code cannot</source>
        <translation>“%1”中有制表符，名称或代码不能含制表符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the control character U+%2</source>
        <translation>“%1”中有控制字符 U+%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; a name or code has at most %3</source>
        <translation>“%1”长 %2 个字符，名称或代码最多 %3 个字符</translation>
    </message>
</context>
<context>
    <name>KeyedCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>列“%1”重复出现</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1</source>
        <translation>表头缺少列：%1</translation>
    </message>
</context>
<context>
    <name>LikeForLike</name>
    <message>
        <source>%1 %2, %3 %4</source>
        <translation>%1 %2，%3 %4</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4 in %5, %6 in %7</source>
        <translation>%1 %2，%3：%5年 %4，%7年 %6</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>schema statement failed: %1 (%2)</source>
        <translation>数据库结构语句执行失败：%1（%2）</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this Yufang understands (%2); open it with a newer Yufang. The file was not changed.</source>
        <translation>数据库结构版本为 %1，高于本程序支持的版本（%2）；请使用新版 Yufang 打开。文件未作任何修改。</translation>
    </message>
</context>
<context>
    <name>ObligationRepository</name>
    <message>
        <source>storing the obligation %1 failed: %2</source>
        <translation>保存报送要求 %1 失败：%2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: the obligation needs a title</source>
        <translation>%1：报送义务需要填写名称</translation>
    </message>
    <message>
        <source>%1: the code %2 is used twice</source>
        <translation>%1：代码 %2 重复</translation>
    </message>
    <message>
        <source>%1: a one-off return needs its due date</source>
        <translation>%1：一次性报送需要截止日期</translation>
    </message>
    <message>
        <source>%1: %2-%3 is not a day of the year</source>
        <translation>%1：%2-%3 不是有效日期</translation>
    </message>
    <message>
        <source>%1 cannot be removed: returns were recorded against it</source>
        <translation>无法删除“%1”：已有针对它的报送记录</translation>
    </message>
    <message>
        <source>the obligation %1 is not one of this plan</source>
        <translation>报送义务“%1”不属于此计划</translation>
    </message>
    <message>
        <source>%1: the form %2 is not a form of this plan</source>
        <translation>%1：报表 %2 不是本计划的报表</translation>
    </message>
    <message>
        <source>%1: say whether the baseline year&apos;s form %2 or each year&apos;s counts as the return</source>
        <translation>%1：请选择以报表 %2 的基期数据还是各年度数据计为报送</translation>
    </message>
</context>
<context>
    <name>PasswordKeeper</name>
    <message>
        <source>The system keyring is not available (%1): give the password each time.</source>
        <translation>系统密钥环不可用（%1）：请每次输入密码。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>the system keyring did not answer</source>
        <translation>系统密钥环没有应答</translation>
    </message>
</context>
<context>
    <name>PlanCategoryStore</name>
    <message>
        <source>saving the key-personnel categories failed: %1</source>
        <translation>保存重点人员类别失败：%1</translation>
    </message>
    <message>
        <source>a key-personnel category has no name</source>
        <translation>有重点人员类别未填写名称</translation>
    </message>
    <message>
        <source>the key-personnel category %1 is listed twice</source>
        <translation>重点人员类别“%1”重复</translation>
    </message>
    <message>
        <source>the plan needs at least one key-personnel category</source>
        <translation>方案至少需要一个重点人员类别</translation>
    </message>
    <message>
        <source>%1 cannot be removed: unit %2 has training figures for it</source>
        <translation>无法删除“%1”：单位 %2 已填报该类别的培训数据</translation>
    </message>
    <message>
        <source>the category name is empty</source>
        <translation>类别名称为空</translation>
    </message>
    <message>
        <source>%1 is a category of the plan already</source>
        <translation>%1 已是该实施方案的重点人员类别</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>saving the plan failed: %1</source>
        <translation>保存实施方案失败：%1</translation>
    </message>
    <message>
        <source>the plan needs a code</source>
        <translation>实施方案须填写代码</translation>
    </message>
    <message>
        <source>the plan needs a title</source>
        <translation>实施方案须填写标题</translation>
    </message>
    <message>
        <source>the years must be baseline &lt; start ≤ end (now %1, %2-%3)</source>
        <translation>年份须满足 基期 &lt; 起始 ≤ 结束（当前为 %1，%2-%3）</translation>
    </message>
    <message>
        <source>the accident-rate reduction target must be between 0 and 100%</source>
        <translation>工伤事故发生率降低目标须在 0 到 100% 之间</translation>
    </message>
    <message>
        <source>the training coverage target must be between 0 and 100%</source>
        <translation>培训覆盖率目标须在 0 到 100% 之间</translation>
    </message>
    <message>
        <source>a key industry has no name</source>
        <translation>有重点行业未填写名称</translation>
    </message>
    <message>
        <source>the key industry %1 is listed twice</source>
        <translation>重点行业“%1”重复列出</translation>
    </message>
    <message>
        <source>the plan needs at least one key industry</source>
        <translation>实施方案至少须有一个重点行业</translation>
    </message>
    <message>
        <source>another plan already has the code %1</source>
        <translation>已有实施方案使用代码 %1</translation>
    </message>
    <message>
        <source>the plan to copy does not exist</source>
        <translation>要复制的实施方案不存在</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>未知单位 %1</translation>
    </message>
    <message>
        <source>the reporting threshold must be between 1 and 100%</source>
        <translation>报送门槛须在 1% 至 100% 之间</translation>
    </message>
    <message>
        <source>%1 is not a year</source>
        <translation>%1 不是年份</translation>
    </message>
</context>
<context>
    <name>PlanTask</name>
    <message>
        <source>the obligation has no code</source>
        <translation>事项缺少代码</translation>
    </message>
    <message>
        <source>the obligation has no title</source>
        <translation>事项缺少名称</translation>
    </message>
    <message>
        <source>%1: the deadline %2 is not a month and day</source>
        <translation>%1：截止日期 %2 不是有效的月-日</translation>
    </message>
    <message>
        <source>%1: a one-off obligation needs its year</source>
        <translation>%1：一次性事项须填写年份</translation>
    </message>
    <message>
        <source>%1: the years %2-%3 are not a range</source>
        <translation>%1：年份 %2-%3 不是有效区间</translation>
    </message>
</context>
<context>
    <name>PlanTaskRepository</name>
    <message>
        <source>saving the obligations failed: %1</source>
        <translation>保存任务事项失败：%1</translation>
    </message>
    <message>
        <source>the code %1 is used by two obligations</source>
        <translation>代码 %1 被两个事项使用</translation>
    </message>
</context>
<context>
    <name>PresetLoader</name>
    <message>
        <source>loading presets failed: %1</source>
        <translation>加载预置数据失败：%1</translation>
    </message>
    <message>
        <source>the built-in presets are missing</source>
        <translation>缺少内置预置数据</translation>
    </message>
</context>
<context>
    <name>PreventionFee</name>
    <message>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>立项</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>宣传</translation>
    </message>
    <message>
        <source>the fund contribution income cannot be negative</source>
        <translation>基金征缴收入不能为负数</translation>
    </message>
    <message>
        <source>the ratio must be above 0% and at most 100%</source>
        <translation>比例须大于 0% 且不超过 100%</translation>
    </message>
    <message>
        <source>a ratio above 3% needs the provincial approval reference (批准文号)</source>
        <translation>比例超过 3% 须填写省级批准文号</translation>
    </message>
    <message>
        <source>a project has no name</source>
        <translation>有项目未填写名称</translation>
    </message>
    <message>
        <source>%1: the amount cannot be negative</source>
        <translation>%1：金额不能为负数</translation>
    </message>
    <message>
        <source>approved projects would total %1 yuan, over the cap of %2 yuan (%3 of %4 yuan income of %5) by %6 yuan; lower an amount, or record a higher approved ratio</source>
        <translation>已立项项目合计将达 %1 元，超过上限 %2 元（%5年征缴收入 %4 元的 %3）%6 元；请调低金额，或录入经批准的更高比例</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Key-industry total</source>
        <translation>重点行业合计</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Expected by %1</source>
        <translation>%1 年进度预期</translation>
    </message>
    <message>
        <source>%1: key-industry accident rate by year</source>
        <translation>%1：重点行业工伤事故发生率年度变化</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Accident rate (‰)</source>
        <translation>工伤事故发生率（‰）</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>%1 年基线</translation>
    </message>
    <message>
        <source>Glide path</source>
        <translation>进度预期</translation>
    </message>
    <message>
        <source>Target (−%1%)</source>
        <translation>目标水平（下降 %1%）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Key industry</source>
        <translation>重点行业名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Units below %1 compared, %2</source>
        <translation>%1下级单位对比（%2 年）</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4</source>
        <translation>%1 %2，%3 %4</translation>
    </message>
    <message>
        <source>Reduction against %1, %2 (%)</source>
        <translation>较 %1 年下降，%2（%）</translation>
    </message>
    <message>
        <source>Reduction %1, %2</source>
        <translation>%1 年下降幅度（%2）</translation>
    </message>
    <message>
        <source> (%1: %2)</source>
        <translation>（%1 年：%2）</translation>
    </message>
    <message>
        <source>Reduction by industry, %1 (%2)</source>
        <translation>%1 年分行业下降幅度（%2）</translation>
    </message>
    <message>
        <source>Not shown, no like-for-like figures: %1</source>
        <translation>未列出（无同口径数据）：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Accidents</source>
        <translation>工伤事故数量</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>覆盖率（%）</translation>
    </message>
    <message>
        <source>Accident rate (‰)</source>
        <translation>工伤事故发生率（‰）</translation>
    </message>
    <message>
        <source>Rate %1 (‰)</source>
        <translation>%1 年发生率（‰）</translation>
    </message>
    <message>
        <source>Expected (%)</source>
        <translation>进度预期下降（%）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No key-industry accident rate for the baseline year %1: progress cannot be measured (target: down %2%).</source>
        <translation>基线年度 %1 年无重点行业工伤事故发生率，无法衡量进度（目标：下降 %2%）。</translation>
    </message>
    <message>
        <source>%1: no data yet (baseline %2: %3‰).</source>
        <translation>%1 年：暂无数据（基线 %2 年：%3‰）。</translation>
    </message>
    <message>
        <source>Progress report %1 %2</source>
        <translation>进度报告 %1 %2</translation>
    </message>
    <message>
        <source>Work-injury prevention: progress against the accident-rate target</source>
        <translation>工伤预防工作进度报告：重点行业工伤事故发生率下降目标</translation>
    </message>
    <message>
        <source>Reporting unit: %1 (%2)</source>
        <translation>填报单位：%1（%2）</translation>
    </message>
    <message>
        <source>Plan: %1 %2; baseline year %3, period %4-%5, target: key-industry accident rate down %6%</source>
        <translation>实施方案：%1 %2；基线年度 %3 年，实施期 %4-%5 年，目标：重点行业工伤事故发生率下降 %6%</translation>
    </message>
    <message>
        <source>Key-industry total by year</source>
        <translation>重点行业合计（按年度）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>By key industry, %1</source>
        <translation>%1 年分行业情况</translation>
    </message>
    <message>
        <source>Key industry</source>
        <translation>重点行业名称</translation>
    </message>
    <message>
        <source> (local)</source>
        <translation>（本地）</translation>
    </message>
    <message>
        <source>Units below, worst first, %1</source>
        <translation>%1 年下级单位（最落后在前）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reduction = (rate in the baseline year %1 − rate in the year) ÷ rate in the baseline year × 100%.</source>
        <translation>下降幅度 =（基线年度 %1 年发生率 − 当年发生率）÷ 基线年度发生率 × 100%。</translation>
    </message>
    <message>
        <source>Expected reduction (glide path) = target × (year − %1) ÷ %2: a straight line from 0 in %1 to the target in %3.</source>
        <translation>进度预期下降 = 目标 ×（年度 − %1）÷ %2：自 %1 年的 0 直线递增至 %3 年的目标值。</translation>
    </message>
    <message>
        <source>Reduction, %1 (%)</source>
        <translation>%1下降（%）</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>%1单位数</translation>
    </message>
    <message>
        <source>%1 %2/year</source>
        <translation>%1（%2年/本年）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; %1 in %2: %3</source>
        <translation>；%2年%1：%3</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2年）：%3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2‰ against %3‰ in %4, down %5% (expected %6%, target %7%).</source>
        <translation>%1 年：%2‰，%4 年为 %3‰，下降 %5%（进度预期 %6%，目标 %7%）。</translation>
    </message>
    <message>
        <source>%1, %2 (the %3 of %4 units that reported in both %5 and %1): %6‰ against %7‰, down %8% (expected %9%, target %10%).</source>
        <translation>%1 年%2（%5 年和 %1 年均报送的 %3 个单位，应报 %4 个）：%6‰，基线为 %7‰，下降 %8%（进度预期 %9%，目标 %10%）。</translation>
    </message>
    <message>
        <source>%1: %2‰ in %3 against %4‰ in %5, down %6%.</source>
        <translation>%1单位：%3 年 %2‰，%5 年 %4‰，下降 %6%。</translation>
    </message>
    <message>
        <source>Status: %1 — fewer than %2% of the units expected reported in both years, so no status is given.</source>
        <translation>状态：%1——两年均报送的单位不足应报单位的 %2%，不作评价。</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>状态：%1。</translation>
    </message>
    <message>
        <source>%1: the units that reported in both the baseline year and the year; the reduction and the status are measured on them. %2: every unit that reported in each year. %3: the units expected to report (those without sub-units, and a unit with sub-units that holds figures of its own).</source>
        <translation>%1：基线年度和本年度均报送的单位，下降幅度和状态按其计算。%2：各年度已报送的全部单位。%3：应当报送的单位（无下级的单位，以及有本级数据的上级单位）。</translation>
    </message>
    <message>
        <source>Status (like for like): %1 = reduction ≥ target; %2 = reduction ≥ expected; %3 = below expected; %4 = no baseline data or a zero baseline rate; %5 = no data for the year; %6 = fewer than %7% of the units expected reported in both years.</source>
        <translation>状态（同口径）：%1 = 下降幅度 ≥ 目标；%2 = 下降幅度 ≥ 进度预期；%3 = 低于进度预期；%4 = 无基线数据或基线发生率为零；%5 = 当年无数据；%6 = 两年均报送的单位不足应报单位的 %7%。</translation>
    </message>
</context>
<context>
    <name>ProgressService</name>
    <message>
        <source>unknown unit %1</source>
        <translation>未知单位 %1</translation>
    </message>
    <message>
        <source>%1 follows no plan</source>
        <translation>%1 未关联实施方案</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>P&amp;lans…</source>
        <translation>实施方案(&amp;L)…</translation>
    </message>
    <message>
        <source>Task checklist — print preview…</source>
        <translation>任务清单——打印预览…</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个页签</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个页签</translation>
    </message>
    <message>
        <source>Rates</source>
        <comment>main tab</comment>
        <translation>费率浮动</translation>
    </message>
    <message>
        <source>Fee</source>
        <comment>main tab</comment>
        <translation>工伤预防费</translation>
    </message>
    <message>
        <source>Experts</source>
        <comment>main tab</comment>
        <translation>专家库</translation>
    </message>
</context>
<context>
    <name>RateFloatBatch</name>
    <message>
        <source>name (单位名称) is empty</source>
        <translation>单位名称为空</translation>
    </message>
    <message>
        <source>risk_class (风险类别): &quot;%1&quot; is not a risk class of the rate table</source>
        <translation>风险类别：“%1”不在费率表中</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not an amount in yuan</source>
        <translation>%2（%1）：“%3”不是有效金额（元）</translation>
    </message>
    <message>
        <source>new_injuries (上年新发工伤人数): &quot;%1&quot; is not a whole number ≥ 0</source>
        <translation>上年新发工伤人数：“%1”不是大于等于 0 的整数</translation>
    </message>
    <message>
        <source>the file holds no employers</source>
        <translation>文件中没有用人单位</translation>
    </message>
    <message>
        <source>credit_code (统一社会信用代码): &quot;%1&quot; was turned into a number by a spreadsheet and its last digits are lost: set the column&apos;s format to Text and enter the codes again</source>
        <translation>统一社会信用代码：“%1”已被电子表格转成数字，末尾几位已丢失：请将该列格式设为“文本”后重新录入代码</translation>
    </message>
</context>
<context>
    <name>RateFloating</name>
    <message>
        <source>no new injury last year</source>
        <translation>上年无新发工伤</translation>
    </message>
    <message>
        <source>new injuries last year</source>
        <translation>上年有新发工伤</translation>
    </message>
    <message>
        <source>payout ratio not applicable (no contributions)</source>
        <translation>支缴率不适用（无缴费）</translation>
    </message>
    <message>
        <source>%1 &lt; payout ratio ≤ %2</source>
        <translation>%1 &lt; 支缴率 ≤ %2</translation>
    </message>
    <message>
        <source>payout ratio &gt; %1</source>
        <translation>支缴率 &gt; %1</translation>
    </message>
    <message>
        <source>payout ratio ≤ %1</source>
        <translation>支缴率 ≤ %1</translation>
    </message>
    <message>
        <source>any employer</source>
        <translation>任一用人单位</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation>且</translation>
    </message>
    <message>
        <source>risk class %1 appears twice</source>
        <translation>风险类别 %1 重复</translation>
    </message>
    <message>
        <source>risk class %1: the base rate must be between 0 and 100%</source>
        <translation>风险类别 %1：基准费率须在 0 到 100% 之间</translation>
    </message>
    <message>
        <source>risk class %1 has no tiers</source>
        <translation>风险类别 %1 没有浮动档次</translation>
    </message>
    <message>
        <source>risk class %1: tier %2 is not positive</source>
        <translation>风险类别 %1：档次 %2 不是正数</translation>
    </message>
    <message>
        <source>rule %1: the tier must be positive</source>
        <translation>规则 %1：档次须为正数</translation>
    </message>
    <message>
        <source>rule %1: the payout-ratio range is empty</source>
        <translation>规则 %1：支缴率区间为空</translation>
    </message>
    <message>
        <source>risk class %1 is not in the rate table</source>
        <translation>风险类别 %1 不在费率表中</translation>
    </message>
    <message>
        <source>amounts and injury counts cannot be negative</source>
        <translation>金额和工伤人数不能为负数</translation>
    </message>
    <message>
        <source>no rule of the scheme matches this employer; add one to the rule table</source>
        <translation>方案中没有适用于该单位的规则，请在规则表中添加</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>; risk class %1 offers only %2, so %3 applies</source>
        <translation>；风险类别 %1 仅有 %2 档，故适用 %3</translation>
    </message>
</context>
<context>
    <name>RateSchemeRepository</name>
    <message>
        <source>saving the rate tables failed: %1</source>
        <translation>保存费率表失败：%1</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>employees</source>
        <translation>从业总人数</translation>
    </message>
    <message>
        <source>insured persons</source>
        <translation>参加工伤保险人数</translation>
    </message>
    <message>
        <source>Insurance coverage rate = insured persons ÷ employees × 100%</source>
        <translation>工伤保险参保率 = 参加工伤保险人数 ÷ 从业总人数 × 100%</translation>
    </message>
    <message>
        <source>Accident rate = accidents ÷ %1 × 1000‰</source>
        <translation>工伤事故发生率 = 工伤事故数量 ÷ %1 × 1000‰</translation>
    </message>
    <message>
        <source>Rates on the total row are computed from the summed counts, never averaged; &quot;—&quot; means the denominator is zero or missing.</source>
        <translation>合计行的比率由合计数量重新计算，不取各行比率的平均值；“—”表示分母为零或未填写。</translation>
    </message>
</context>
<context>
    <name>ReadOnlyReason</name>
    <message>
        <source>Read-only: another copy of Yufang is editing this database.</source>
        <translation>只读：另一个预防副本正在编辑此数据库。</translation>
    </message>
    <message>
        <source>Read-only: the login %1 changes only the data of %2; the server refuses changes to %3.</source>
        <translation>只读：登录名 %1 只能修改%2的数据，服务器拒绝修改%3的数据。</translation>
    </message>
</context>
<context>
    <name>RecordRevisions</name>
    <message>
        <source>The basic-situation form</source>
        <translation>基本情况表</translation>
    </message>
    <message>
        <source>The training coverage form</source>
        <translation>重点人员培训情况表</translation>
    </message>
    <message>
        <source>The occupational disease form</source>
        <translation>职业病情况表</translation>
    </message>
    <message>
        <source>The task record</source>
        <translation>任务记录</translation>
    </message>
    <message>
        <source>The hazard</source>
        <translation>隐患整改记录</translation>
    </message>
    <message>
        <source>The prevention fee budget</source>
        <translation>工伤预防费预算</translation>
    </message>
    <message>
        <source>The prevention fee project</source>
        <translation>工伤预防项目</translation>
    </message>
    <message>
        <source>The expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>The return</source>
        <translation>报送事项</translation>
    </message>
    <message>
        <source>The training provider</source>
        <translation>推荐培训机构</translation>
    </message>
    <message>
        <source>The rate-floating tables</source>
        <translation>费率浮动表</translation>
    </message>
    <message>
        <source>This copy of Yufang opened the database read-only (another copy is using it); nothing was saved. Close the other copy and open the database again to make changes.</source>
        <translation>本副本以只读方式打开了数据库（另一个副本正在使用它），未保存任何内容。请关闭另一个副本后重新打开数据库再修改。</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>%1 %2 was changed by %3 at %4 after it was loaded here (revision %5, now %6); nothing was saved. Reload it to see the change, or overwrite it giving a reason.</source>
        <translation>%1 %2 在此处载入后已被 %3 于 %4 修改（载入时为第 %5 版，现为第 %6 版），未保存任何内容。请重新载入查看该修改，或填写原因后覆盖。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>The form definition</source>
        <translation>报表定义</translation>
    </message>
    <message>
        <source>The start date of the office</source>
        <translation>本单位的启用日期</translation>
    </message>
</context>
<context>
    <name>RegisterDerivation</name>
    <message>
        <source>%1 unit(s) hold a typed or imported annex for %2 that the register would change: %3</source>
        <translation>%1 个单位已有 %2 年手工填报或导入的基本情况表，与企业名录不一致：%3</translation>
    </message>
</context>
<context>
    <name>RegisterFiguresDerivation</name>
    <message>
        <source>  training, %1: key personnel %2 → %3, trained %4 → %5</source>
        <translation>  培训，%1：重点人员 %2 → %3，已培训 %4 → %5</translation>
    </message>
    <message>
        <source>  training: sessions (%1) and class hours (%2) typed by category are not in the register and would be dropped</source>
        <translation>  培训：按类别填报的培训次数（%1）和学时（%2）企业名录中没有，替换后将不再保留</translation>
    </message>
    <message>
        <source>  occupational disease, %1: new cases %2 → %3</source>
        <translation>  职业病，%1：新发病例 %2 → %3</translation>
    </message>
    <message>
        <source>%1 unit(s) hold typed or imported training or occupational-disease figures for %2: %3</source>
        <translation>%1 个单位已有 %2 年录入或导入的培训或职业病数据：%3</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>too many units hold register rows</source>
        <translation>持有企业名录的单位过多</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was imported</source>
        <translation>%1：已取消，未导入任何数据</translation>
    </message>
    <message>
        <source>%1: rejected with %2 error(s); nothing was imported</source>
        <translation>%1：有 %2 处错误，已拒绝，未导入任何数据</translation>
    </message>
    <message>
        <source>%1: %2 enterprise-year row(s) for %3 unit-year(s) imported, %4 warning(s)</source>
        <translation>%1：已导入 %2 条企业年度记录（%3 个单位年度），%4 条警告</translation>
    </message>
    <message>
        <source>the file holds no register header</source>
        <translation>文件中没有企业名录表头</translation>
    </message>
    <message>
        <source>unit %1 already holds register rows for %2; replace them explicitly (--replace)</source>
        <translation>单位 %1 已有 %2 年的企业名录；如需替换请明确指定（--replace）</translation>
    </message>
    <message>
        <source>credit code %1 appears more than once for unit %2 in %3</source>
        <translation>统一社会信用代码 %1 在单位 %2 的 %3 年名录中重复出现</translation>
    </message>
    <message>
        <source>more than %1 enterprises for one unit and year</source>
        <translation>同一单位同一年度的企业超过 %1 户</translation>
    </message>
    <message>
        <source>column %1 appears twice</source>
        <translation>列 %1 重复出现</translation>
    </message>
    <message>
        <source>the header has no %1 (%2) column</source>
        <translation>表头缺少 %1（%2）列</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount ≥ 0</source>
        <translation>%1：“%2”不是大于等于 0 的金额</translation>
    </message>
    <message>
        <source>unit_code is empty</source>
        <translation>单位代码为空</translation>
    </message>
    <message>
        <source>unit %1 is not in the database; load it first with import-units</source>
        <translation>单位 %1 不在数据库中，请先用 import-units 导入单位</translation>
    </message>
    <message>
        <source>enterprise_name is empty</source>
        <translation>企业名称为空</translation>
    </message>
    <message>
        <source>industry is empty</source>
        <translation>重点行业名称为空</translation>
    </message>
    <message>
        <source>credit_code is empty</source>
        <translation>统一社会信用代码为空</translation>
    </message>
    <message>
        <source>credit code %1 is not 18 characters of the GB 32100 alphabet</source>
        <translation>统一社会信用代码 %1 不是 GB 32100 规定字符集中的 18 位字符</translation>
    </message>
    <message>
        <source>credit code %1: the check character should be %2</source>
        <translation>统一社会信用代码 %1：校验码应为 %2</translation>
    </message>
    <message>
        <source>year: &quot;%1&quot; is not a year such as 2021</source>
        <translation>年度：“%1”不是有效年份（如 2021）</translation>
    </message>
    <message>
        <source>insured: &quot;%1&quot; is not 0 or 1</source>
        <translation>是否参保：“%1”不是 0 或 1</translation>
    </message>
    <message>
        <source>risk_class: &quot;%1&quot; is not an industry risk class 1-8</source>
        <translation>风险类别：“%1”不是 1-8 类行业风险类别</translation>
    </message>
    <message>
        <source>key_personnel_trained (%1) exceeds key_personnel (%2)</source>
        <translation>已培训重点人员数（%1）超过重点人员数（%2）</translation>
    </message>
    <message>
        <source>insured_employees (%1) exceeds employees (%2): insured by project (按项目参保)?</source>
        <translation>参保人数（%1）超过从业人数（%2）：是否按项目参保？</translation>
    </message>
    <message>
        <source>insured is %1 but insured_employees is %2</source>
        <translation>是否参保为 %1，但参保人数为 %2</translation>
    </message>
    <message>
        <source>credit code %1 was turned into a number by Excel and its digits are lost: set the column&apos;s format to Text and enter the codes again</source>
        <translation>统一社会信用代码 %1 已被 Excel 转成数字，后几位已丢失：请将该列设置为“文本”格式后重新录入</translation>
    </message>
    <message>
        <source>total row checked against the rows above and left out</source>
        <translation>合计行已与上方各行核对，不作为企业导入</translation>
    </message>
    <message>
        <source>the total row gives %1 %2, the rows above add up to %3</source>
        <translation>合计行的%1为 %2，上方各行相加为 %3</translation>
    </message>
    <message>
        <source>no automatic backup could be taken before this large import, so nothing was imported: %1</source>
        <translation>大批量导入前无法进行自动备份，因此未导入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>RegisterRowBuffer</name>
    <message>
        <source>the rows set aside in a temporary file could not be read back</source>
        <translation>暂存在临时文件中的行无法读回</translation>
    </message>
</context>
<context>
    <name>RegisterWriter</name>
    <message>
        <source>an enterprise row was not stored under its own id</source>
        <translation>有一行企业记录未按其自身编号保存</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1：无法写入 PDF</translation>
    </message>
</context>
<context>
    <name>ReturnsService</name>
    <message>
        <source>Not submitted</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>return accepted: %1</source>
        <translation>报送已审核：%1</translation>
    </message>
    <message>
        <source>%1 owes no such return for %2</source>
        <translation>%1 在 %2 年没有该报送事项</translation>
    </message>
    <message>
        <source>%1 %2 is accepted already; unlock it before recording a new arrival</source>
        <translation>%1 的“%2”已审核；登记新的报送前请先解锁</translation>
    </message>
    <message>
        <source>only a submitted return can be accepted (%1 %2 is %3)</source>
        <translation>只有已报送的事项才能审核（%1 的“%2”当前为%3）</translation>
    </message>
    <message>
        <source>only a submitted or accepted return can be sent back (%1 %2 is %3)</source>
        <translation>只有已报送或已审核的事项才能退回修改（%1 的“%2”当前为%3）</translation>
    </message>
    <message>
        <source>say what needs correcting</source>
        <translation>请说明需要修改的内容</translation>
    </message>
    <message>
        <source>%1 %2 is not accepted, so there is nothing to unlock</source>
        <translation>%1 的“%2”未审核，无需解锁</translation>
    </message>
    <message>
        <source>unlocking a form needs a reason</source>
        <translation>解锁报表须填写原因</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>nothing has been received for this return, so there is no receipt date to correct</source>
        <translation>该事项尚未接收，没有可更正的接收日期</translation>
    </message>
    <message>
        <source>the receipt date %1 is after today (%2)</source>
        <translation>接收日期 %1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>say why the receipt date is corrected</source>
        <translation>请说明更正接收日期的原因</translation>
    </message>
</context>
<context>
    <name>RollUp</name>
    <message>
        <source>%1 of %2 units reported</source>
        <translation>应报 %2 个单位，已报 %1 个</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you opened it here (in another copy of Yufang or with the command-line tool). Your changes were not saved.</source>
        <translation>您在此打开%1之后，%2 于 %3 修改了它（在另一个预防副本中或通过命令行工具）。您的修改尚未保存。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>Discard: drop your changes and show the stored version.
Save: overwrite the other change with yours (you will be asked why; the reason is recorded in the audit trail).
Cancel: keep your changes on screen without saving.</source>
        <translation>放弃：放弃您的修改，显示已保存的版本。
保存：用您的版本覆盖对方的修改（需填写原因，原因记入审计记录）。
取消：保留屏幕上的修改，暂不保存。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Why must your version replace the change %1 made? The reason is recorded in the audit trail.</source>
        <translation>为什么要用您的版本替换 %1 所做的修改？原因将记入审计记录。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The form has errors (marked in red). Correct them before saving:
%1</source>
        <translation>表中有错误（红色标出），请改正后再保存：
%1</translation>
    </message>
    <message>
        <source>Saving failed; nothing was changed.
%1</source>
        <translation>保存失败，未作任何修改。
%1</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>the server has no current schema</source>
        <translation>服务器没有当前模式（schema）</translation>
    </message>
    <message>
        <source>%1: a login is lower-case letters, digits and _ (at most 63), starting with a letter</source>
        <translation>%1：登录名只能由小写字母、数字和 _ 组成（最多 63 个），并以字母开头</translation>
    </message>
    <message>
        <source>%1: no such unit</source>
        <translation>%1：没有该单位</translation>
    </message>
    <message>
        <source>%1: no such login of this database</source>
        <translation>%1：本数据库没有该登录名</translation>
    </message>
    <message>
        <source>the server refused this change: your login may not change these data (each login writes only its own unit&apos;s forms, and the audit trail is append-only)</source>
        <translation>服务器拒绝了此项修改：您的登录名无权修改这些数据（每个登录名只能填报本单位的报表，审计记录只能追加、不能修改）</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>%1: not a server address; write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1：不是服务器地址；请写成 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>%1: the database name must not contain /</source>
        <translation>%1：数据库名不能包含 /</translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2</source>
        <translation>%1：sslmode 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1: the schema must be a plain name (letters, digits, _)</source>
        <translation>%1：模式（schema）名只能由字母、数字和 _ 组成</translation>
    </message>
    <message>
        <source>%1: unknown setting %2 (known: sslmode, schema)</source>
        <translation>%1：未知设置 %2（可用：sslmode、schema）</translation>
    </message>
</context>
<context>
    <name>ServerSqliteImport</name>
    <message>
        <source>%1: %2 row(s) (units %3)</source>
        <translation>%1：%2 行（单位 %3）</translation>
    </message>
    <message>
        <source>import-sqlite moves an SQLite file into a PostgreSQL server</source>
        <translation>import-sqlite 用于把 SQLite 数据库文件迁入 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>the file has schema version %1 and the server %2: run `server migrate` with this version of Yufang first</source>
        <translation>文件的数据库结构版本为 %1，服务器为 %2：请先用本版本运行 `server migrate`</translation>
    </message>
    <message>
        <source>the server has no table %1 of the file</source>
        <translation>服务器没有文件中的表 %1</translation>
    </message>
    <message>
        <source>the server&apos;s table %1 has no column %2 of the file</source>
        <translation>服务器的表 %1 没有文件中的列 %2</translation>
    </message>
    <message>
        <source>the server already holds data (%1); nothing was imported. --replace replaces all of the server&apos;s data with the file&apos;s</source>
        <translation>服务器已有数据（%1），未导入任何数据。--replace 将用文件中的数据替换服务器上的全部数据</translation>
    </message>
    <message>
        <source>%1: table %2: %3</source>
        <translation>%1：表 %2：%3</translation>
    </message>
    <message>
        <source>table %1, row %2 of the file: %3</source>
        <translation>表 %1，文件第 %2 行：%3</translation>
    </message>
    <message>
        <source>login %1 belongs to unit %2, which the file does not hold; nothing was imported</source>
        <translation>登录名 %1 属于单位 %2，而文件中没有该单位；未导入任何数据</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>the cell holds no valid number</source>
        <translation>单元格中不是有效数字</translation>
    </message>
    <message>
        <source>the number %1 has more digits than a spreadsheet keeps (15): if it is a code such as an 18-digit 统一社会信用代码, its last digits are already lost. Format the column as Text, enter the codes again and save</source>
        <translation>数字 %1 的位数超过电子表格能保存的 15 位：如果这是 18 位统一社会信用代码之类的代码，其末尾几位已经丢失。请将该列格式设为“文本”，重新录入代码后保存</translation>
    </message>
    <message>
        <source>the workbook is protected by a password (it is encrypted): open it, remove the password (File → Info → Protect Workbook in Excel) and save it again</source>
        <translation>工作簿设有密码（已加密）：请打开文件，取消密码（Excel 中：文件 → 信息 → 保护工作簿）后重新保存</translation>
    </message>
    <message>
        <source>the file is a Word document, not a spreadsheet</source>
        <translation>该文件是 Word 文档，不是电子表格</translation>
    </message>
    <message>
        <source>the file is a PDF, which cannot be imported: choose the spreadsheet (.xlsx, .xls) or a CSV file the figures were typed into</source>
        <translation>该文件是 PDF，无法导入：请选择填写数据的电子表格（.xlsx、.xls）或 CSV 文件</translation>
    </message>
    <message>
        <source>the file is a database, not a form: open it with 文件 → 打开数据库</source>
        <translation>该文件是数据库，不是报表：请通过“文件 → 打开数据库”打开</translation>
    </message>
    <message>
        <source>the file is neither text (CSV) nor an Excel workbook (.xlsx, .xls): save the sheet as .xlsx, or as CSV with the character set Unicode (UTF-8)</source>
        <translation>该文件既不是文本（CSV）也不是 Excel 工作簿（.xlsx、.xls）：请将表格另存为 .xlsx，或另存为字符集为 Unicode (UTF-8) 的 CSV</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1，工作表 %2</translation>
    </message>
    <message>
        <source>the file is not a workbook</source>
        <translation>该文件不是工作簿</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <source>not enough memory to read the workbook</source>
        <translation>内存不足，无法读取工作簿</translation>
    </message>
    <message>
        <source>the file is an Office document but holds no Excel workbook: choose the workbook itself (.xls or .xlsx), or a CSV file</source>
        <translation>该文件是 Office 文档，但不含 Excel 工作簿：请选择工作簿本身（.xls 或 .xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <source>the .xls file uses a character set that cannot be read: open it in Excel, WPS or LibreOffice and save it as .xlsx</source>
        <translation>.xls 文件使用了无法读取的字符集：请用 Excel、WPS 或 LibreOffice 打开并另存为 .xlsx</translation>
    </message>
    <message>
        <source>the .xls file is damaged or incomplete (was it cut short while being copied or sent?): open it in Excel, WPS or LibreOffice and save it again, preferably as .xlsx</source>
        <translation>.xls 文件已损坏或不完整（复制或发送时被截断？）：请用 Excel、WPS 或 LibreOffice 打开后重新保存，最好另存为 .xlsx</translation>
    </message>
    <message>
        <source>the .xls file could not be copied to the temporary folder (%1)</source>
        <translation>无法将 .xls 文件复制到临时文件夹（%1）</translation>
    </message>
    <message>
        <source>the workbook is protected by a password: open it, remove the password and save it again</source>
        <translation>工作簿设有密码：请打开文件，取消密码后重新保存</translation>
    </message>
    <message>
        <source>the workbook holds no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the workbook has no sheet %1</source>
        <translation>工作簿中没有第 %1 个工作表</translation>
    </message>
    <message>
        <source>the .xlsx file is damaged or incomplete (was it cut short while being copied or sent?): open it in Excel, WPS or LibreOffice and save it again</source>
        <translation>.xlsx 文件已损坏或不完整（复制或发送时被截断？）：请用 Excel、WPS 或 LibreOffice 打开后重新保存</translation>
    </message>
    <message>
        <source>the workbook is protected by a password: open it, remove the password (File → Info → Protect Workbook in Excel) and save it again</source>
        <translation>工作簿设有密码：请打开文件，取消密码（Excel 中：文件 → 信息 → 保护工作簿）后重新保存</translation>
    </message>
    <message>
        <source>the workbook cannot be read (%1)</source>
        <translation>无法读取工作簿（%1）</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods), which Yufang does not read: open it in LibreOffice or WPS and save it as Excel 2007-365 (.xlsx), or as CSV with the character set Unicode (UTF-8)</source>
        <translation>这是 OpenDocument 电子表格（.ods），预防不读取此格式：请用 LibreOffice 或 WPS 打开并另存为 Excel 2007-365（.xlsx），或另存为字符集为 Unicode (UTF-8) 的 CSV</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an Excel workbook (.xlsx): choose the workbook itself, or a CSV file</source>
        <translation>该文件是 zip 压缩包，但不是 Excel 工作簿（.xlsx）：请选择工作簿本身或 CSV 文件</translation>
    </message>
    <message>
        <source>the workbook holds more text than Yufang reads (1 GiB)</source>
        <translation>工作簿中的文本超过预防可读取的上限（1 GiB）</translation>
    </message>
    <message>
        <source>a cell reference outside the sheet in row %1</source>
        <translation>第 %1 行有超出工作表范围的单元格引用</translation>
    </message>
    <message>
        <source>cell %1 names a text that is not in the workbook; the file is damaged</source>
        <translation>单元格 %1 引用的文本不在工作簿中，文件已损坏</translation>
    </message>
    <message>
        <source>cell %1 holds &quot;%2&quot;, which is not a number; the file is damaged</source>
        <translation>单元格 %1 中的“%2”不是数字，文件已损坏</translation>
    </message>
    <message>
        <source>cell %1 is longer than %2 characters</source>
        <translation>单元格 %1 超过 %2 个字符</translation>
    </message>
    <message>
        <source>row %1 holds more than %2 characters; no form has such a row</source>
        <translation>第 %1 行超过 %2 个字符，任何报表都不会有这样的行</translation>
    </message>
    <message>
        <source>the sheet&apos;s XML is damaged (an unknown character reference): open the file in a spreadsheet and save it again</source>
        <translation>工作表的 XML 已损坏（含无法识别的字符引用）：请用电子表格软件打开该文件并重新保存</translation>
    </message>
    <message>
        <source>a cell of the sheet holds more text than a spreadsheet cell can: the file is damaged</source>
        <translation>工作表中某个单元格的文字超过了电子表格单元格的容量：文件已损坏</translation>
    </message>
</context>
<context>
    <name>StatusMessages</name>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>Imported %1 files: %2 …</source>
        <translation>已导入 %1 个文件：%2 …</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>已打印：%1</translation>
    </message>
    <message>
        <source>Printed %1 on %2</source>
        <translation>已将%1打印到 %2</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TaskChecklist</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>所属任务/措施</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Date set by</source>
        <translation>日期依据</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>未知单位 %1</translation>
    </message>
    <message>
        <source>%1 follows no plan</source>
        <translation>%1 未关联实施方案</translation>
    </message>
    <message>
        <source>Safeguard (%1) %2</source>
        <translation>保障措施（%1）%2</translation>
    </message>
    <message>
        <source>Task (%1) %2</source>
        <translation>工作任务（%1）%2</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Plan text</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>%1 %2 task checklist</source>
        <translation>%1%2年任务清单</translation>
    </message>
    <message>
        <source>%1 %2: implementation of the plan&apos;s tasks</source>
        <translation>%1%2年工伤预防工作任务落实情况</translation>
    </message>
    <message>
        <source>Reporting unit: %1</source>
        <translation>填报单位：%1</translation>
    </message>
    <message>
        <source>Status as of %1: %2 obligations, %3 done, %4 in progress, %5 not started, %6 overdue.</source>
        <translation>截至 %1：共 %2 项，已完成 %3 项，进行中 %4 项，未开始 %5 项，逾期 %6 项。</translation>
    </message>
    <message>
        <source>Hazards with a rectification deadline</source>
        <translation>隐患限期整改情况</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>隐患问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due dates marked &quot;Default&quot; were set by Yufang where the plan text gives no date; &quot;Overdue&quot; is computed on the status date, rows in bold are overdue.</source>
        <translation>日期依据为“默认”的截止日期由本软件设定（实施方案未规定具体日期）；“逾期”按统计日期计算，加粗行为逾期事项。</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>saving failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>a finished task needs the date it was done</source>
        <translation>已完成的事项须填写完成日期</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the text is UTF-8 with an invalid byte on this line; the file is damaged (save it again from the spreadsheet)</source>
        <translation>文本为 UTF-8，本行有无效字节，文件已损坏（请从电子表格重新保存）</translation>
    </message>
    <message>
        <source>the file is neither UTF-8, UTF-16 nor GB18030 text</source>
        <translation>文件不是 UTF-8、UTF-16 或 GB18030 编码的文本</translation>
    </message>
    <message>
        <source>the Chinese text of this file arrived as &apos;?&apos;: it was saved as CSV in a character set without Chinese (LibreOffice&apos;s default Western Europe, or a non-Chinese Windows), and the Chinese is no longer in the file. Save the sheet again from the workbook choosing the character set Unicode (UTF-8) (LibreOffice: tick Edit filter settings when saving as CSV; Excel: CSV UTF-8), or import the .xlsx workbook itself</source>
        <translation>该文件中的中文变成了“?”：保存 CSV 时选择了不含中文的字符集（LibreOffice 默认的“西欧”，或非中文版 Windows），文件中已不再有中文。请从原工作簿重新保存，字符集选择 Unicode (UTF-8)（LibreOffice：另存为 CSV 时勾选“编辑筛选设置”；Excel：选择“CSV UTF-8”），或直接导入 .xlsx 工作簿</translation>
    </message>
</context>
<context>
    <name>TrackingCsv</name>
    <message>
        <source>%1: &quot;%2&quot; is not a year such as 2023</source>
        <translation>%1：“%2”不是年度（如 2023）</translation>
    </message>
    <message>
        <source>year: %1 is already on line %2</source>
        <translation>year（年度）：%1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>prior_income (上年度基金征缴收入): &quot;%1&quot; is not an amount in yuan</source>
        <translation>prior_income（上年度基金征缴收入）：“%1”不是以元为单位的金额</translation>
    </message>
    <message>
        <source>cap_percent (提取比例): &quot;%1&quot; is not a percentage such as 3</source>
        <translation>cap_percent（提取比例）：“%1”不是百分比（如 3）</translation>
    </message>
    <message>
        <source>name (项目名称) is empty</source>
        <translation>name（项目名称）为空</translation>
    </message>
    <message>
        <source>kind (类别): &quot;%1&quot; is not %2 or %3</source>
        <translation>kind（类别）：“%1”不是%2或%3</translation>
    </message>
    <message>
        <source>amount (金额): &quot;%1&quot; is not an amount in yuan</source>
        <translation>amount（金额）：“%1”不是以元为单位的金额</translation>
    </message>
    <message>
        <source>stage (阶段): &quot;%1&quot; is not %2, %3, %4, %5 or %6</source>
        <translation>stage（阶段）：“%1”不是%2、%3、%4、%5或%6</translation>
    </message>
    <message>
        <source>experts (评审专家): &quot;%1&quot; is not in the expert pool</source>
        <translation>experts（评审专家）：“%1”不在专家库中</translation>
    </message>
    <message>
        <source>obligation (事项): &quot;%1&quot; is not an obligation of %2 in %3</source>
        <translation>obligation（事项）：“%1”不是%2 %3年的任务事项</translation>
    </message>
    <message>
        <source>obligation (事项): &quot;%1&quot; is already on line %2</source>
        <translation>obligation（事项）：“%1”已在第 %2 行出现</translation>
    </message>
    <message>
        <source>status (状态): &quot;%1&quot; is not %2, %3 or %4</source>
        <translation>status（状态）：“%1”不是%2、%3或%4</translation>
    </message>
    <message>
        <source>done_on (完成日期): &quot;%1&quot; is not a date such as 2025-11-30</source>
        <translation>done_on（完成日期）：“%1”不是日期（如 2025-11-30）</translation>
    </message>
    <message>
        <source>done_on (完成日期): a finished obligation needs the date it was done</source>
        <translation>done_on（完成日期）：已完成的事项须填写完成日期</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not a date such as 2025-06-30</source>
        <translation>%1（%2）：“%3”不是日期（如 2025-06-30）</translation>
    </message>
    <message>
        <source>status (整改状态): &quot;%1&quot; is not %2, %3 or %4</source>
        <translation>status（整改状态）：“%1”不是%2、%3或%4</translation>
    </message>
</context>
<context>
    <name>TrainingCoverage</name>
    <message>
        <source>Training coverage = trained key personnel (cumulative) ÷ key personnel × 100%; totals are computed from the summed counts, never averaged; &quot;—&quot; means no key personnel are counted.</source>
        <translation>培训覆盖率＝累计已培训重点人员数÷重点人员数×100%；合计按汇总人数计算，不取平均值；“—”表示未统计重点人员。</translation>
    </message>
</context>
<context>
    <name>TrainingProvider</name>
    <message>
        <source>Online platform</source>
        <translation>线上平台</translation>
    </message>
    <message>
        <source>Offline provider</source>
        <translation>线下机构</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>the name of the provider or platform is empty</source>
        <translation>机构或平台名称为空</translation>
    </message>
</context>
<context>
    <name>TrainingValidation</name>
    <message>
        <source>%1: %2 must not be negative (found %3)</source>
        <translation>%1：%2 不能为负数（现为 %3）</translation>
    </message>
    <message>
        <source>%1: trained (%2) exceed key personnel (%3)</source>
        <translation>%1：累计已培训人数（%2）超过重点人员数（%3）</translation>
    </message>
    <message>
        <source>%1: trained personnel are given but the number of key personnel is empty, so the coverage cannot be computed</source>
        <translation>%1：填写了已培训人数但重点人员数为空，无法计算培训覆盖率</translation>
    </message>
    <message>
        <source>%1: online trainings (%2) exceed the trainings held (%3)</source>
        <translation>%1：线上培训次数（%2）超过本年培训次数（%3）</translation>
    </message>
    <message>
        <source>%1: offline trainings (%2) exceed the trainings held (%3)</source>
        <translation>%1：线下培训次数（%2）超过本年培训次数（%3）</translation>
    </message>
    <message>
        <source>%1: online (%2) plus offline (%3) trainings exceed the trainings held (%4); fine when blended trainings (线上线下相结合) are counted under both</source>
        <translation>%1：线上（%2）与线下（%3）培训次数之和超过本年培训次数（%4）；线上线下相结合的培训同时计入两项时属正常</translation>
    </message>
    <message>
        <source>%1: class hours (%2) are given but no training was held this year</source>
        <translation>%1：填写了培训学时（%2），但本年未开展培训</translation>
    </message>
    <message>
        <source>%1 · %2 appears more than once</source>
        <translation>%1 · %2 出现多次</translation>
    </message>
    <message>
        <source>%1 · %2: trained so far (%3) is below last year&apos;s %4 (%5); the figure is cumulative since the plan began</source>
        <translation>%1 · %2：累计已培训人数（%3）低于上年（%4年）的 %5；该数为规划实施以来的累计数</translation>
    </message>
</context>
<context>
    <name>UninsuredList</name>
    <message>
        <source>the status insured (已参保) needs the date the enterprise insured</source>
        <translation>“已参保”须填写参保日期</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>重点行业</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进情况</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Uninsured enterprises %1 %2</source>
        <translation>未参保企业 %1 %2</translation>
    </message>
    <message>
        <source>Key-industry enterprises not insured against work injury (insurance-expansion campaign)</source>
        <translation>重点行业未参加工伤保险企业名单（专项扩面行动）</translation>
    </message>
    <message>
        <source>%1, %2: %3 enterprise(s)</source>
        <translation>%1，%2年：%3 户企业</translation>
    </message>
    <message>
        <source>Uninsured: employees &gt; 0 and no insured persons in the enterprise register.</source>
        <translation>未参保：企业名录中从业人数大于 0 且参保人数为 0。</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>code and name are required</source>
        <translation>单位代码和单位名称不能为空</translation>
    </message>
    <message>
        <source>unit %1 appears twice (first on line %2)</source>
        <translation>单位 %1 重复出现（首次在第 %2 行）</translation>
    </message>
    <message>
        <source>unit %1 exists already as %2 under %3</source>
        <translation>单位 %1 已存在：%2，上级 %3</translation>
    </message>
    <message>
        <source>parent_code %1 is not a known unit</source>
        <translation>上级代码 %1 不是已有单位</translation>
    </message>
    <message>
        <source>unit %1: its parents form a cycle</source>
        <translation>单位 %1：上级关系形成循环</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is not a GB/T 2260 code: six digits such as 371302 (nine or twelve for townships and villages)</source>
        <translation>代码“%1”不是 GB/T 2260 代码：应为六位数字，如 371302（乡镇、村为九位或十二位）</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>level &quot;%1&quot; is none of province, city, county, zone, other (省, 市, 县, 区, 开发区, 其他)</source>
        <translation>级别“%1”不是 province、city、county、zone、other（省、市、县、区、开发区、其他）之一</translation>
    </message>
    <message>
        <source>parent_code &quot;%1&quot; is not the GB/T 2260 code of another unit</source>
        <translation>上级代码“%1”不是另一单位的 GB/T 2260 代码</translation>
    </message>
    <message>
        <source>unit %1 has no parent_code; only a province may stand alone</source>
        <translation>单位 %1 没有上级代码；只有省级单位可以没有上级</translation>
    </message>
    <message>
        <source>the file holds no unit (it is empty or has only a header)</source>
        <translation>文件中没有单位（文件为空或只有表头）</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>cannot add unit %1 %2: %3</source>
        <translation>无法添加单位 %1 %2：%3</translation>
    </message>
</context>
<context>
    <name>XlsxListWriter</name>
    <message>
        <source>%1 rows do not fit into one .xlsx sheet (at most %2): narrow the selection or export a CSV</source>
        <translation>%1 行放不进一个 .xlsx 工作表（最多 %2 行）：请缩小筛选范围，或导出为 CSV</translation>
    </message>
</context>
<context>
    <name>yufang::AnnexExportDialog</name>
    <message>
        <source>Export key-industry form</source>
        <translation>导出基本情况表</translation>
    </message>
    <message>
        <source>Form, as printed (what counties fill in)</source>
        <translation>表样格式（与打印版一致，供县区填报）</translation>
    </message>
    <message>
        <source>Data, one row per unit, year and industry</source>
        <translation>数据格式（每个单位、年度、行业一行）</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel 2016 and later, WPS)</source>
        <translation>UTF-8（Excel 2016 及以上、WPS）</translation>
    </message>
    <message>
        <source>GB18030 (older Excel)</source>
        <translation>GB18030（旧版 Excel）</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Blank template to fill in (Excel workbook)</source>
        <translation>空白填报模板（Excel 工作簿）</translation>
    </message>
</context>
<context>
    <name>yufang::AnnexFileActions</name>
    <message>
        <source>&amp;Import key-industry forms…</source>
        <translation>导入基本情况表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export key-industry form…</source>
        <translation>导出基本情况表(&amp;E)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print one page per child unit</source>
        <translation>按下属单位分页打印</translation>
    </message>
    <message>
        <source>For a unit with sub-units: print each sub-unit&apos;s form on its own page instead of the consolidated table</source>
        <translation>有下属单位时：每个下属单位的基本情况表单独一页，而不是打印汇总表</translation>
    </message>
    <message>
        <source>Import key-industry forms</source>
        <translation>导入基本情况表</translation>
    </message>
    <message>
        <source>Export key-industry form</source>
        <translation>导出基本情况表</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export blank &amp;template (Excel)…</source>
        <translation>导出空白填报模板（Excel）(&amp;T)…</translation>
    </message>
    <message>
        <source>The selected unit&apos;s form for the selected year as an Excel workbook to fill in: totals and rates as formulas, spare rows for local industries; it imports back as it is</source>
        <translation>所选单位、所选年度的基本情况表，作为供填写的 Excel 工作簿：合计与比率为公式，并留有填写本地行业的空行；填好后可直接导入</translation>
    </message>
    <message>
        <source>Export blank template</source>
        <translation>导出空白填报模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>yufang::AnnexTab</name>
    <message>
        <source>The form of %1 for %2</source>
        <translation>%1 %2年的基本情况表</translation>
    </message>
    <message>
        <source>The form for %1, %2 has unsaved changes. Save them?</source>
        <translation>%1 %2 年的基本情况表有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>Import forms</source>
        <translation>导入报表</translation>
    </message>
    <message>
        <source>%1 %2 already holds a form. Replace it with %3?</source>
        <translation>%1 %2 已有报表。要用 %3 替换吗？</translation>
    </message>
    <message>
        <source>Export form</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Reporting unit: %1 (%2)    Year: %3    Plan: %4</source>
        <translation>填报单位：%1（%2）    年度：%3    实施方案：%4</translation>
    </message>
</context>
<context>
    <name>yufang::AuditTableModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>操作系统用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Reason or source</source>
        <translation>原因或来源</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>derived from the enterprise register</source>
        <translation>由企业名录推算</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>imported from %1 (file checksum %2)</source>
        <translation>导入自 %1（文件校验值 %2）</translation>
    </message>
</context>
<context>
    <name>yufang::AuditView</name>
    <message>
        <source>Selected unit and below only</source>
        <translation>仅限所选单位及其下级</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The trail is append-only: every change to forms, returns and locks is recorded with the operating-system account, and nothing here can change it.</source>
        <translation>审计记录只增不改：对报表、报送和锁定的每一次修改都连同操作系统用户一并记录，任何人都无法在此修改或删除。</translation>
    </message>
    <message>
        <source>%1 event(s)</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>audit trail.csv</source>
        <translation>审计记录.csv</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
</context>
<context>
    <name>yufang::ChartPanel</name>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>将此图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>yufang::CoverageChart</name>
    <message>
        <source>Coverage</source>
        <translation>培训覆盖率</translation>
    </message>
    <message>
        <source>Path to target</source>
        <translation>应达进度</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>目标 %1%</translation>
    </message>
</context>
<context>
    <name>yufang::DashboardTab</name>
    <message>
        <source>Key-industry total by year</source>
        <translation>重点行业合计（按年度）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Units below, worst first</source>
        <translation>下级单位（最落后在前）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Select a unit that follows a plan.</source>
        <translation>请选择已关联实施方案的单位。</translation>
    </message>
    <message>
        <source>%1: key-industry accident rate against the target</source>
        <translation>%1：重点行业工伤事故发生率目标进度</translation>
    </message>
    <message>
        <source>%1 — baseline year %2, period %3-%4, target: down %5%</source>
        <translation>%1 —— 基线年度 %2 年，实施期 %3-%4 年，目标：下降 %5%</translation>
    </message>
    <message>
        <source>Accident rate %1 (baseline)</source>
        <translation>%1 年工伤事故发生率（基线）</translation>
    </message>
    <message>
        <source>Accident rate %1 (latest)</source>
        <translation>%1 年工伤事故发生率（最新）</translation>
    </message>
    <message>
        <source>By key industry, %1</source>
        <translation>%1 年分行业情况</translation>
    </message>
    <message>
        <source> (local)</source>
        <translation>（本地）</translation>
    </message>
    <message>
        <source>%1 units below %2, assessed for %3</source>
        <translation>%2下级单位 %1 个，按 %3 年评估</translation>
    </message>
    <message>
        <source>No unit below is behind.</source>
        <translation>下级单位均无滞后。</translation>
    </message>
    <message>
        <source>Behind (worst first): %1</source>
        <translation>滞后单位（最落后在前）：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Occupational disease (consolidated)</source>
        <translation>职业病（汇总）</translation>
    </message>
    <message>
        <source>No occupational disease figures entered.</source>
        <translation>尚未填报职业病数据。</translation>
    </message>
    <message>
        <source>New pneumoconiosis cases: %1 in %2 (baseline), %3 in %4</source>
        <translation>尘肺病新发病例数：%2年（基准）%1 例，%4年 %3 例</translation>
    </message>
    <message>
        <source>Other occupational disease cases: %1 in %2 (baseline), %3 in %4</source>
        <translation>其他职业病新发病例数：%2年（基准）%1 例，%4年 %3 例</translation>
    </message>
    <message>
        <source>Change in new cases since %1: %2</source>
        <translation>新发病例较%1年变化：%2</translation>
    </message>
    <message>
        <source>The plan sets no numeric target (a clear decrease is asked for).</source>
        <translation>规划未设定量化目标（要求明显下降）。</translation>
    </message>
    <message>
        <source>Plan target: down %1% — %2</source>
        <translation>规划目标：下降 %1% — %2</translation>
    </message>
    <message>
        <source>Accident rate %1 (baseline, %2)</source>
        <translation>%1 年工伤事故发生率（基线，%2）</translation>
    </message>
    <message>
        <source>Accident rate %1 (latest, %2)</source>
        <translation>%1 年工伤事故发生率（最新，%2）</translation>
    </message>
    <message>
        <source>Reduction, %1 (target %2%, expected by %3: %4%)</source>
        <translation>较基线下降，%1（目标 %2%，%3 年进度预期 %4%）</translation>
    </message>
    <message>
        <source>No unit below has figures to assess yet.</source>
        <translation>下级单位尚无可评估的数据。</translation>
    </message>
    <message>
        <source>No figures for %1 yet: showing %2.</source>
        <translation>%1 年尚无数据：显示 %2 年。</translation>
    </message>
</context>
<context>
    <name>yufang::DatabaseActions</name>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore database…</source>
        <translation>恢复数据库(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Yufang database (*.sqlite)</source>
        <translation>预防数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>Yufang database (*.sqlite);;All files (*)</source>
        <translation>预防数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>数据库已备份到 %1。</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2? Changes made since the backup are lost.</source>
        <translation>用备份 %2 替换 %1 中的全部内容？备份之后所做的修改将丢失。</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>%1 passed the full integrity check.</source>
        <translation>%1 通过了完整性检查。</translation>
    </message>
    <message>
        <source>%1 is damaged:
%2

Do not write into it any more. Restore a backup (File → Restore database…)%3.</source>
        <translation>%1 已损坏：
%2

请勿再向其写入数据。请恢复备份（文件 → 恢复数据库…）%3。</translation>
    </message>
    <message>
        <source>; the last automatic backup is %1</source>
        <translation>；最近的自动备份为 %1</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1

Restore the last automatic backup, %2? Changes made since then are lost.</source>
        <translation>%1

恢复最近的自动备份 %2？此后所做的修改将丢失。</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>自动备份(&amp;A)…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Yufang backs the database up before schema updates and large imports, into %1. How many of these backups are kept (now %2; 0 turns them off)?</source>
        <translation>预防在更新数据库结构和大批量导入前自动备份数据库，备份存放在 %1。保留几份备份（目前为 %2；0 表示关闭自动备份）？</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation>请输入不小于 0 的整数。</translation>
    </message>
    <message>
        <source>This is for a database file; this window is connected to a server.</source>
        <translation>此项用于本地数据库文件；本窗口连接的是服务器。</translation>
    </message>
    <message>
        <source>The server&apos;s administrator backs it up with pg_dump (see &quot;Backup and restore&quot; in the server guide):</source>
        <translation>服务器上的数据由服务器管理员用 pg_dump 备份（见服务器说明的“备份与恢复”）：</translation>
    </message>
    <message>
        <source>The server&apos;s administrator restores a pg_dump backup with pg_restore (see &quot;Backup and restore&quot; in the server guide):</source>
        <translation>服务器管理员用 pg_restore 恢复 pg_dump 的备份（见服务器说明的“备份与恢复”）：</translation>
    </message>
    <message>
        <source>The server checks its own storage; ask its administrator if something looks damaged.</source>
        <translation>服务器自行检查其存储；如发现数据异常，请联系服务器管理员。</translation>
    </message>
    <message>
        <source>The server&apos;s backups are kept by its administrator (pg_dump every night, copies kept elsewhere).</source>
        <translation>服务器的备份由其管理员保存（每晚用 pg_dump 备份，副本另地保存）。</translation>
    </message>
</context>
<context>
    <name>yufang::DeriveAnnexDialog</name>
    <message>
        <source>Fill the form from the register</source>
        <translation>根据企业名录生成基本情况表</translation>
    </message>
    <message>
        <source>%1 unit(s) already hold a typed or imported form for %2 that differs from the register. Replacing writes the register&apos;s figures for all %3 unit(s):</source>
        <translation>%1 个单位已有 %2 年手工填报或导入的基本情况表，与企业名录不一致。替换将为全部 %3 个单位写入企业名录的数据：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>重点行业</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已存数据</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Replace with the register&apos;s figures</source>
        <translation>用企业名录数据替换</translation>
    </message>
</context>
<context>
    <name>yufang::DiseaseTab</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>新发病例</translation>
    </message>
    <message>
        <source>of which pneumoconiosis</source>
        <translation>其中尘肺病</translation>
    </message>
    <message>
        <source>Change vs baseline</source>
        <translation>较基线变化</translation>
    </message>
    <message>
        <source>Plan target…</source>
        <translation>方案目标…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Plan target: new cases down %1% from %2.</source>
        <translation>方案目标：新发病例较 %2 年下降 %1%。</translation>
    </message>
    <message>
        <source>The plan asks for a clear decrease from %1 without a number; the change is shown.</source>
        <translation>实施方案要求较 %1 年明显下降，未设定具体数值；此处列示实际变化。</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>%1 年基线</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Occupational disease target</source>
        <translation>职业病下降目标</translation>
    </message>
    <message>
        <source>Reduction of new cases from %1 by %2, in % (empty: no numeric target):</source>
        <translation>到 %2 年新发病例较 %1 年下降的百分比（留空表示不设数值目标）：</translation>
    </message>
    <message>
        <source>Import occupational disease table</source>
        <translation>导入职业病情况表</translation>
    </message>
    <message>
        <source>Export occupational disease table</source>
        <translation>导出职业病情况表</translation>
    </message>
    <message>
        <source>Occupational disease table: export PDF…</source>
        <translation>职业病情况表：导出 PDF…</translation>
    </message>
    <message>
        <source>%1 unit(s) took their figures from the enterprise register, which does not split cases by disease: all their new cases are under other diseases.</source>
        <translation>其中 %1 个单位的数据取自企业名录，名录不分病种：其新发病例均计入其他职业病。</translation>
    </message>
    <message>
        <source>The occupational disease table of %1 for %2</source>
        <translation>%1 %2年的职业病情况表</translation>
    </message>
    <message>
        <source>Target met</source>
        <comment>column header</comment>
        <translation>是否达到目标</translation>
    </message>
    <message>
        <source>Disease</source>
        <comment>main tab</comment>
        <translation>职业病</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Enter a percentage above 0 and below 100.</source>
        <translation>请输入大于 0、小于 100 的百分比。</translation>
    </message>
    <message>
        <source>The occupational disease table for %1, %2 has unsaved changes. Save them?</source>
        <translation>%1 %2 年职业病情况表有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>%1 %2 already holds occupational disease figures. Replace them with %3?</source>
        <translation>%1 %2 年已有职业病数据，是否用 %3 替换？</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Occupational disease table: print preview…</source>
        <translation>职业病情况表：打印预览…</translation>
    </message>
    <message>
        <source>New cases diagnosed in the year; workers exposed to dust where known.</source>
        <translation>当年新确诊病例；接尘人数已知的填写。</translation>
    </message>
    <message>
        <source>Occupational disease table: blank template (Excel)…</source>
        <translation>职业病情况表：导出空白填报模板（Excel）…</translation>
    </message>
</context>
<context>
    <name>yufang::EvaluationDialog</name>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>编制人：</translation>
    </message>
    <message>
        <source>Main measures and results</source>
        <translation>主要做法和成效</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步工作打算</translation>
    </message>
    <message>
        <source>Insert &amp;figure</source>
        <translation>插入数字(&amp;F)</translation>
    </message>
    <message>
        <source>Insert a figure of the document at the cursor</source>
        <translation>在光标处插入报告中的数字</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;CSV folder…</source>
        <translation>导出 CSV 文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>Units &amp;below (one PDF)…</source>
        <translation>下级单位合订 PDF(&amp;B)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; —— %2（%3），%4年</translation>
    </message>
    <message>
        <source>Select a unit that follows a plan.</source>
        <translation>请选择已关联实施方案的单位。</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Select a unit first.</source>
        <translation>请先选择单位。</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>CSV 文件保存位置</translation>
    </message>
    <message>
        <source>Save the changes to the written sections?</source>
        <translation>是否保存对文字部分的修改？</translation>
    </message>
    <message>
        <source>&amp;Final evaluation…</source>
        <translation>期末评估(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <translation>年度报告(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>Excel 工作簿(&amp;X)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>yufang::ExpertTab</name>
    <message>
        <source>Search name, employer, title, contact</source>
        <translation>搜索姓名、工作单位、职称、联系方式</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty: no end</source>
        <translation>YYYY-MM-DD，留空表示长期</translation>
    </message>
    <message>
        <source>Expert name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Expertise field</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import experts</source>
        <translation>导入专家</translation>
    </message>
    <message>
        <source>Export experts</source>
        <translation>导出专家</translation>
    </message>
    <message>
        <source>expert-pool.csv</source>
        <translation>专家库.csv</translation>
    </message>
    <message>
        <source>Valid until: &quot;%1&quot; is not a date such as 2025-12-31</source>
        <translation>有效期至：“%1”不是日期，例如 2025-12-31</translation>
    </message>
    <message>
        <source>Save expert</source>
        <translation>保存专家</translation>
    </message>
    <message>
        <source>Delete expert</source>
        <translation>删除专家</translation>
    </message>
    <message>
        <source>Delete %1 from the pool? Their assignments to projects go too.</source>
        <translation>从专家库删除 %1？其在项目中的评审安排也将一并删除。</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: the file lists no experts</source>
        <translation>%1：文件中没有专家</translation>
    </message>
    <message>
        <source>%1 expert(s) added.</source>
        <translation>已添加 %1 名专家。</translation>
    </message>
    <message>
        <source>The expert %1</source>
        <translation>专家 %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
</context>
<context>
    <name>yufang::ExpertTableModel</name>
    <message>
        <source>%1 (lapsed)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>Expert name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Expertise field</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>yufang::FeeProjectModel</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>实施机构</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Reviewing experts</source>
        <translation>评审专家</translation>
    </message>
</context>
<context>
    <name>yufang::FeeTab</name>
    <message>
        <source>Budget and cap</source>
        <translation>预算与上限</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Provincial approval, required above 3%</source>
        <translation>省级批准文号（比例超过 3% 时必填）</translation>
    </message>
    <message>
        <source>Fund contribution income of</source>
        <translation>基金征缴收入年度</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>征缴收入</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>提取比例</translation>
    </message>
    <message>
        <source>Approval reference</source>
        <translation>批准文号</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>保存预算</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>实施机构</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reviewing experts</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Choose a unit and a year.</source>
        <translation>请选择单位和年度。</translation>
    </message>
    <message>
        <source>Prevention fee of %1 for %2</source>
        <translation>%1 %2年度工伤预防费</translation>
    </message>
    <message>
        <source>Cap: %1 yuan (%2% of %3 yuan, income of %4)%5
Approved projects: %6 yuan; left: %7 yuan; applied or under review: %8 yuan</source>
        <translation>上限：%1 元（%4年征缴收入 %3 元的 %2%）%5
已立项：%6 元；剩余：%7 元；申报或评审中：%8 元</translation>
    </message>
    <message>
        <source> — not saved yet</source>
        <translation>——尚未保存</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Delete the project %1?</source>
        <translation>删除项目“%1”？</translation>
    </message>
    <message>
        <source>The prevention fee budget of %1 for %2</source>
        <translation>%1 %2年的工伤预防费预算</translation>
    </message>
    <message>
        <source>The prevention fee project %1</source>
        <translation>工伤预防项目 %1</translation>
    </message>
</context>
<context>
    <name>yufang::FloatBatchModel</name>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>风险类别</translation>
    </message>
    <message>
        <source>Payout ratio</source>
        <translation>支缴率</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>浮动档次</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>浮动后费率</translation>
    </message>
    <message>
        <source>Premium (yuan)</source>
        <translation>应缴保费（元）</translation>
    </message>
    <message>
        <source>Rule applied</source>
        <translation>适用规则</translation>
    </message>
</context>
<context>
    <name>yufang::FloatRuleModel</name>
    <message>
        <source>any, none (no new injury last year) or some</source>
        <translation>any（不限）、none（上年无新发工伤）或 some（上年有新发工伤）</translation>
    </message>
    <message>
        <source>none last year</source>
        <translation>上年无</translation>
    </message>
    <message>
        <source>some last year</source>
        <translation>上年有</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>New injuries</source>
        <translation>新发工伤</translation>
    </message>
    <message>
        <source>No contributions</source>
        <translation>无缴费</translation>
    </message>
    <message>
        <source>Payout ratio above</source>
        <translation>支缴率高于</translation>
    </message>
    <message>
        <source>Payout ratio up to</source>
        <translation>支缴率不超过</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>浮动档次</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>yufang::FormChangesModel</name>
    <message>
        <source>(form details)</source>
        <translation>（填报信息）</translation>
    </message>
    <message>
        <source>row added</source>
        <translation>新增行</translation>
    </message>
    <message>
        <source>row removed</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>较早版本</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>较新版本</translation>
    </message>
</context>
<context>
    <name>yufang::FormDefinitionEditor</name>
    <message>
        <source>ASCII letters, digits, _ or -; names the form in files and the command line, e.g. platform-enterprises</source>
        <translation>ASCII 字母、数字、_ 或 -；在文件和命令行中指代本报表，例如 platform-enterprises</translation>
    </message>
    <message>
        <source>empty: the title</source>
        <translation>留空：同标题</translation>
    </message>
    <message>
        <source>The plan&apos;s key industries</source>
        <translation>计划的重点行业</translation>
    </message>
    <message>
        <source>The plan&apos;s key-personnel categories</source>
        <translation>计划的重点人员类别</translation>
    </message>
    <message>
        <source>A fixed list (below)</source>
        <translation>固定行（见下）</translation>
    </message>
    <message>
        <source>Free rows named by the unit (e.g. enterprises)</source>
        <translation>由填报单位自行列出的行（如企业）</translation>
    </message>
    <message>
        <source>Key industries × key-personnel categories</source>
        <translation>重点行业 × 重点人员类别</translation>
    </message>
    <message>
        <source>e.g. 重点行业名称, 企业名称</source>
        <translation>例如 重点行业名称、企业名称</translation>
    </message>
    <message>
        <source>one row a line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>Units may add rows of their own (各地确定的，分别列出)</source>
        <translation>允许各单位自行增加行（各地确定的，分别列出）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Print title</source>
        <translation>打印标题</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Row caption</source>
        <translation>行标题</translation>
    </message>
    <message>
        <source>Group caption</source>
        <translation>分组标题</translation>
    </message>
    <message>
        <source>Fixed rows</source>
        <translation>固定行</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Remark (source, what the plan leaves open)</source>
        <translation>说明（来源，计划未明确之处）</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>小数位</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Left column</source>
        <translation>左列</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Right column</source>
        <translation>右列</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>校验规则</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Add header field</source>
        <translation>添加表头项</translation>
    </message>
    <message>
        <source>Add footer field</source>
        <translation>添加表尾项</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>删除项</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>表头表尾项</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>新列</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>新项</translation>
    </message>
    <message>
        <source>Count (whole number)</source>
        <translation>计数（整数）</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Derived (ratio)</source>
        <translation>派生（比率）</translation>
    </message>
    <message>
        <source>Error (blocks saving)</source>
        <translation>错误（不能保存）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>表尾</translation>
    </message>
    <message>
        <source>Print a subtotal (小计) after each group</source>
        <translation>打印时每组后加小计行</translation>
    </message>
    <message>
        <source>Print a total (合计) per row over all groups, before the grand total</source>
        <translation>打印时在总合计前按行（如人员类别）加合计行</translation>
    </message>
    <message>
        <source>Subtotals</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Sum of columns</source>
        <translation>栏目之和</translation>
    </message>
    <message>
        <source>one note a line, printed as written; {year} prints as the form&apos;s year</source>
        <translation>每行一条，按原文印出；{year} 印为报表年度</translation>
    </message>
</context>
<context>
    <name>yufang::FormEditor</name>
    <message>
        <source>Add row…</source>
        <translation>添加行…</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>%1 of the new row:</source>
        <translation>新行的%1：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Remove %1 and its figures from this form?</source>
        <translation>从本表中删除%1及其数据？</translation>
    </message>
    <message>
        <source>Consolidated: the unit&apos;s own rows plus all units below it; 应报 %1, 已报 %2 for %3. Read-only: select a unit without sub-units to edit.</source>
        <translation>汇总数：本级数据加所有下级单位数据；%3 年应报 %1，已报 %2。只读：请选择无下级的单位进行编辑。</translation>
    </message>
    <message>
        <source>Not reported: %1</source>
        <translation>未报：%1</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>The return was accepted; unlocking needs a reason, which is recorded.</source>
        <translation>该报送已审核；解锁须填写原因，原因将被记录。</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <source>Every saved version of this form; compare two of them.</source>
        <translation>本表每次保存的版本；可任选两个比较。</translation>
    </message>
    <message>
        <source>Locked: the return of this form was accepted (已审核) on %1 by %2 (%3). Choose Unlock… and give a reason to change it.</source>
        <translation>已锁定：本表的报送已于 %1 由 %2 审核（已审核）（%3）。如需修改，请点击“解锁…”并填写原因。</translation>
    </message>
    <message>
        <source>Unlock form</source>
        <translation>解锁报表</translation>
    </message>
    <message>
        <source>Why must the accepted form of %1 for %2 be changed? The reason is recorded in the audit trail.</source>
        <translation>为什么要修改 %1 %2 年已审核的报表？原因将记入审计记录。</translation>
    </message>
    <message>
        <source>Add local key industry…</source>
        <translation>添加本地重点行业…</translation>
    </message>
    <message>
        <source>Remove local key industry</source>
        <translation>删除本地重点行业</translation>
    </message>
    <message>
        <source>Add local key industry</source>
        <translation>添加本地重点行业</translation>
    </message>
    <message>
        <source>Name of the key industry your unit adds (各地确定的重点行业):</source>
        <translation>本单位增加的重点行业名称（各地确定的重点行业）：</translation>
    </message>
    <message>
        <source>填报人, 联系电话 and 填报日期 below are this office&apos;s own: it signs the total it sends up.</source>
        <translation>下方的填报人、联系电话和填报日期为本单位自填：本单位对上报的汇总数签署负责。</translation>
    </message>
</context>
<context>
    <name>yufang::FormFileActions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export blank template</source>
        <translation>导出空白填报模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 is recorded as the return of %2. When was it received?</source>
        <translation>%1 将登记为%2的报送事项。请选择接收日期：</translation>
    </message>
    <message>
        <source>%1: not imported (cancelled)</source>
        <translation>%1：未导入（已取消）</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 处</translation>
    </message>
    <message>
        <source>  %1 %2: &quot;%3&quot; → &quot;%4&quot;</source>
        <translation>  %1 %2：“%3” → “%4”</translation>
    </message>
    <message>
        <source>Their changes:</source>
        <translation>对方的修改：</translation>
    </message>
    <message>
        <source>Your changes:</source>
        <translation>您的修改：</translation>
    </message>
</context>
<context>
    <name>yufang::FormImportDialog</name>
    <message>
        <source>%1: ready to import %2, %3 row(s) (%4, %5 warning(s)); nothing is written until Import.</source>
        <translation>%1：可以导入 %2，共 %3 行（%4，%5 条警告）；点击“导入”前不写入任何数据。</translation>
    </message>
    <message>
        <source>Replace the data that already exists for these units and years</source>
        <translation>替换这些单位和年度已有的数据</translation>
    </message>
    <message>
        <source>tick &quot;%1&quot; below to replace it</source>
        <translation>如需替换，请勾选下方“%1”</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Record the returns as received on</source>
        <translation>报送事项接收日期：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Errors, warnings and notes:</source>
        <translation>错误、警告和提示：</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <source>%1 error(s)</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Encoding: %2 · Layout: %3 · Unit: %4 · Year: %5%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;编码：%2 · 格式：%3 · 填报单位：%4 · 年度：%5%6</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>未确定</translation>
    </message>
    <message>
        <source>form</source>
        <translation>表样</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source> · &lt;b&gt;replaces existing data&lt;/b&gt;</source>
        <translation> · &lt;b&gt;将替换已有数据&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Received on: %1</source>
        <translation>&lt;br&gt;接收日期：%1</translation>
    </message>
    <message>
        <source>No findings: the file can be imported as shown.</source>
        <translation>未发现问题：可按所示内容导入。</translation>
    </message>
    <message>
        <source>%1 file(s) ready to import.</source>
        <translation>%1 个文件可以导入。</translation>
    </message>
    <message>
        <source>%1 of %2 file(s) can be imported; the others are rejected and nothing of them is written.</source>
        <translation>%2 个文件中有 %1 个可以导入；其余文件被拒绝，不写入任何内容。</translation>
    </message>
</context>
<context>
    <name>yufang::FormImportModel</name>
    <message>
        <source>A local row of %1</source>
        <translation>%1自行列出的行</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>yufang::FormTableModel</name>
    <message>
        <source>This form takes no rows of its own.</source>
        <translation>本表不允许自行增加行。</translation>
    </message>
    <message>
        <source>Enter the name of the row (%1).</source>
        <translation>请输入行名称（%1）。</translation>
    </message>
    <message>
        <source>row name</source>
        <translation>行名称</translation>
    </message>
    <message>
        <source>%1 is already on the form.</source>
        <translation>%1 已在表中。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source> (local)</source>
        <translation>（本地）</translation>
    </message>
    <message>
        <source>Computed: %1 ÷ %2 × %3</source>
        <translation>计算：%1 ÷ %2 × %3</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
</context>
<context>
    <name>yufang::FormVersionsDialog</name>
    <message>
        <source>Versions of %1, %2, %3</source>
        <translation>%1历史版本：%2，%3 年</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4</source>
        <translation>#%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>较早</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <source>No saved versions yet.</source>
        <translation>尚无已保存的版本。</translation>
    </message>
    <message>
        <source>%1 difference(s). Newer version: %2%3</source>
        <translation>共 %1 处差异。较新版本：%2%3</translation>
    </message>
</context>
<context>
    <name>yufang::FormsTab</name>
    <message>
        <source>Forms</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Import form</source>
        <translation>导入报表</translation>
    </message>
    <message>
        <source>Export form</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a unit and a year on the left.</source>
        <translation>请在左侧选择单位和年度。</translation>
    </message>
    <message>
        <source>The selected unit follows no plan in %1.</source>
        <translation>所选单位 %1 年未适用任何计划。</translation>
    </message>
    <message>
        <source>%1 has no forms of its own for %2 beyond 基本情况表, 培训 and 职业病. Add one in 文件 → 计划… → 报表.</source>
        <translation>%1 在 %2 年除基本情况表、培训和职业病外没有其他报表。可在 文件 → 计划… → 报表 中添加。</translation>
    </message>
    <message>
        <source>Reporting unit: %1 (%2)    Year: %3</source>
        <translation>填报单位：%1（%2）    年度：%3</translation>
    </message>
    <message>
        <source>No figures stored for %1 yet: add a row for each %2 (Add row…), fill it in and save.</source>
        <translation>%1 年尚无数据：请为每个%2添加一行（添加行…），填写后保存。</translation>
    </message>
    <message>
        <source>No figures stored for %1 yet: fill in the form and save.</source>
        <translation>%1 年尚无数据：请填写后保存。</translation>
    </message>
    <message>
        <source>Correct the errors marked in red before saving.</source>
        <translation>请先改正标红的错误再保存。</translation>
    </message>
    <message>
        <source>%1 of %2 for %3</source>
        <translation>%2 %3 年%1</translation>
    </message>
    <message>
        <source>%1 of %2 for %3 has unsaved changes. Save them?</source>
        <translation>%2 %3 年%1有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Choose a form first.</source>
        <translation>请先选择报表。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>The blank template is an Excel workbook: choose a name ending in .xlsx.</source>
        <translation>空白填报模板是 Excel 工作簿：请选择以 .xlsx 结尾的文件名。</translation>
    </message>
</context>
<context>
    <name>yufang::HazardForm</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>隐患问题</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save hazard</source>
        <translation>保存隐患</translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation>请先选择单位。</translation>
    </message>
    <message>
        <source>Delete hazard</source>
        <translation>删除隐患</translation>
    </message>
    <message>
        <source>Delete the entry for %1?</source>
        <translation>删除 %1 的隐患记录？</translation>
    </message>
    <message>
        <source>The hazard entry for %1</source>
        <translation>%1 的隐患整改记录</translation>
    </message>
</context>
<context>
    <name>yufang::HazardTableModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>隐患问题</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>整改完成日期</translation>
    </message>
</context>
<context>
    <name>yufang::HomeUnitDialog</name>
    <message>
        <source>Your unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Which unit does this office report for? Yufang opens on it, and the overdue returns in the status bar are counted for it: what it owes its parent and what it collects from the units below. You can change it later under Settings → Your unit.</source>
        <translation>本单位是哪个填报单位？预防启动时打开本单位，状态栏中的逾期报送也按本单位统计：本单位应向上级报送的，以及本单位应收取的下级报送。以后可在“设置 → 本单位”中更改。</translation>
    </message>
    <message>
        <source>Filter units by name or code</source>
        <translation>按名称或代码筛选单位</translation>
    </message>
    <message>
        <source>Returns tracked in Yufang since:</source>
        <translation>启用日期（自此日起在预防中跟踪报送）：</translation>
    </message>
    <message>
        <source>Returns due before this day were handled before Yufang and are not counted as overdue.</source>
        <translation>此日期之前到期的报送在启用预防之前已办理，不计为逾期。</translation>
    </message>
</context>
<context>
    <name>yufang::IndicatorCards</name>
    <message>
        <source>Indicators of %1, %2</source>
        <translation>%1 指标，%2 年</translation>
    </message>
    <message>
        <source>%1 in %2, baseline %3: %4%5</source>
        <translation>%1 %2 年，基期 %3 年：%4%5</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Target: falling, no number set</source>
        <translation>目标：下降（未设数值）</translation>
    </message>
    <message>
        <source>Expected by the glide path for %1: %2</source>
        <translation>%1 年按进度应达：%2</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>变化：%1</translation>
    </message>
</context>
<context>
    <name>yufang::MainWindow</name>
    <message>
        <source>Units</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save form</source>
        <translation>保存表格(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Yufang</source>
        <translation>关于预防(&amp;A)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Yufang database (*.sqlite)</source>
        <translation>预防数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File → Open database.</source>
        <translation>%1 已存在。请通过“文件 → 打开数据库”打开。</translation>
    </message>
    <message>
        <source>About Yufang</source>
        <translation>关于预防</translation>
    </message>
    <message>
        <source>Yufang %1
Work-injury prevention five-year action plan: the key-industry form, targets and progress for human-resources and social-security bureaus.
Database: %2</source>
        <translation>预防 Yufang %1
工伤预防五年行动计划工作平台：重点行业企业基本情况表、目标与进度，供人力资源和社会保障部门使用。
数据库：%2</translation>
    </message>
    <message>
        <source>Yufang</source>
        <translation>预防</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>%1 return(s) overdue and %2 due within 30 days: see the Returns tab.</source>
        <translation>%1 项报送逾期，%2 项将在 30 天内到期：请查看“报送”页。</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>%1 — read-only: another copy of Yufang is editing it</source>
        <translation>%1 — 只读：另一个预防副本正在编辑它</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Your unit…</source>
        <translation>本单位(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>Saved %1 of %2, %3.</source>
        <translation>已保存%2 %3 年的%1。</translation>
    </message>
    <message>
        <source>Form</source>
        <comment>main tab</comment>
        <translation>基本情况表</translation>
    </message>
    <message>
        <source>Audit</source>
        <comment>main tab</comment>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>main tab</comment>
        <translation>企业名录</translation>
    </message>
    <message>
        <source>Expansion</source>
        <comment>main tab</comment>
        <translation>扩面行动</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <comment>main tab: %1 returns overdue</comment>
        <translation>报送（%1 项逾期）</translation>
    </message>
    <message numerus="yes">
        <source>%n return(s) overdue</source>
        <translation>
            <numerusform>%n 项报送逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yufang::OpenDatabaseDialog</name>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Local database file</source>
        <translation>本地数据库文件</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Yufang database (*.sqlite)</source>
        <translation>预防数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>必须使用 TLS 加密</translation>
    </message>
    <message>
        <source>TLS preferred</source>
        <translation>优先使用 TLS 加密</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>Yufang database (*.sqlite);;All files (*)</source>
        <translation>预防数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Give the server&apos;s host, the database and your login.</source>
        <translation>请填写服务器主机、数据库和您的登录名。</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>记住密码</translation>
    </message>
    <message>
        <source>This copy of Yufang has no system keyring: the password is asked each time.</source>
        <translation>此版本的预防没有系统密钥环支持：每次连接都需输入密码。</translation>
    </message>
</context>
<context>
    <name>yufang::PlanCategoryEditor</name>
    <message>
        <source>Key-personnel categories</source>
        <translation>重点人员类别</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Key-personnel category</source>
        <translation>重点人员类别</translation>
    </message>
    <message>
        <source>Name of the key-personnel category</source>
        <translation>重点人员类别名称</translation>
    </message>
    <message>
        <source>New name of %1</source>
        <translation>“%1”的新名称</translation>
    </message>
    <message>
        <source>%1 is empty or already listed.</source>
        <translation>“%1”为空或已列出。</translation>
    </message>
</context>
<context>
    <name>yufang::PlanEditorDialog</name>
    <message>
        <source>Plans</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Copy as a new plan…</source>
        <translation>复制为新方案…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>印发单位</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>基期年度</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始年度</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>结束年度</translation>
    </message>
    <message>
        <source>Accident-rate reduction target</source>
        <translation>事故发生率降低目标</translation>
    </message>
    <message>
        <source>Training coverage target</source>
        <translation>培训覆盖率目标</translation>
    </message>
    <message>
        <source>Key industries</source>
        <translation>重点行业</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Units following this plan</source>
        <translation>执行本方案的单位</translation>
    </message>
    <message>
        <source>Assign this plan to the unit</source>
        <translation>该单位执行本方案</translation>
    </message>
    <message>
        <source>Unit follows its parent&apos;s plan</source>
        <translation>该单位执行上级方案</translation>
    </message>
    <message>
        <source>Tasks and safeguards: obligations and deadlines</source>
        <translation>工作任务与保障措施：事项及截止日期</translation>
    </message>
    <message>
        <source>Add obligation</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <source>Remove obligation</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <source>Key industry</source>
        <translation>重点行业名称</translation>
    </message>
    <message>
        <source>Name of the key industry</source>
        <translation>重点行业名称</translation>
    </message>
    <message>
        <source>New obligation</source>
        <translation>新事项</translation>
    </message>
    <message>
        <source>No unit names this plan itself.</source>
        <translation>尚无单位直接指定本方案。</translation>
    </message>
    <message>
        <source>Assigned to: %1 (and the units below them that follow their parent)</source>
        <translation>指定单位：%1（及其执行上级方案的下级单位）</translation>
    </message>
    <message>
        <source>Copy plan</source>
        <translation>复制方案</translation>
    </message>
    <message>
        <source>Code of the new plan (e.g. linyi-2026)</source>
        <translation>新方案代码（例如 linyi-2026）</translation>
    </message>
    <message>
        <source>First year of the new plan (e.g. 2026)</source>
        <translation>新方案起始年度（例如 2026）</translation>
    </message>
    <message>
        <source>The first year must be a year such as 2026.</source>
        <translation>起始年度须为年份，例如 2026。</translation>
    </message>
    <message>
        <source>%1 is empty or already listed.</source>
        <translation>“%1”为空或已列出。</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Assign plan</source>
        <translation>指定方案</translation>
    </message>
    <message>
        <source>%1 has no parent: it must name a plan itself.</source>
        <translation>%1 没有上级单位，须直接指定方案。</translation>
    </message>
    <message>
        <source>The plan %1</source>
        <translation>行动计划 %1</translation>
    </message>
    <message>
        <source>A consolidated status (已达成, 滞后, …) is given only when at least this share of the units expected to report sent figures for both the baseline year and the year. Below it the status reads 覆盖不足.</source>
        <translation>只有当基线年度和本年度均报送的单位达到应报单位的这一比例时，汇总数据才给出状态（已达成、滞后等）；低于此比例时状态为“覆盖不足”。</translation>
    </message>
    <message>
        <source>Reporting threshold for a status</source>
        <translation>给出状态的报送门槛</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Assign from year</source>
        <translation>自该年度起适用</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（自 %2 年起）</translation>
    </message>
    <message>
        <source>The target of the plan&apos;s accident-rate indicator (tab Indicators): changing it here changes the indicator, and the other way round.</source>
        <translation>即本方案“重点行业工伤事故发生率”指标（指标页）的目标：在此修改即修改该指标，反之亦然。</translation>
    </message>
    <message>
        <source>The target of the plan&apos;s training-coverage indicator (tab Indicators), when the plan has one: changing it here changes the indicator, and the other way round.</source>
        <translation>即本方案培训覆盖率指标（指标页，如有）的目标：在此修改即修改该指标，反之亦然。</translation>
    </message>
    <message>
        <source>Read only: this login (%1) may read the plans but not change them. Plans, forms, indicators and obligations are changed by the server&apos;s administrator.</source>
        <translation>只读：此登录名（%1）可以查看计划，但不能修改。计划、报表、指标和工作任务事项由服务器管理员修改。</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>报送义务</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>报送义务：%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The plan %1 has changes that are not saved. Save them?</source>
        <translation>实施方案“%1”有尚未保存的修改。是否保存？</translation>
    </message>
</context>
<context>
    <name>yufang::PlanFormsPage</name>
    <message>
        <source>Forms of this plan</source>
        <translation>本计划的报表</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>新建报表</translation>
    </message>
    <message>
        <source>Copy from a plan…</source>
        <translation>从计划复制…</translation>
    </message>
    <message>
        <source>Remove form</source>
        <translation>删除报表</translation>
    </message>
    <message>
        <source>A built-in form: it keeps its own tab and editor this version; indicators can read its columns.</source>
        <translation>内置报表：本版本中仍使用其自己的标签页和编辑器；指标可读取其各列。</translation>
    </message>
    <message>
        <source>Save form definition</source>
        <translation>保存报表定义</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Empty form</source>
        <translation>空表</translation>
    </message>
    <message>
        <source>The selected unit&apos;s figures</source>
        <translation>所选单位的数据</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>Choose or add a form.</source>
        <translation>请选择或添加报表。</translation>
    </message>
    <message>
        <source>Preview: nothing typed here is saved.</source>
        <translation>预览：此处输入的内容不会保存。</translation>
    </message>
    <message>
        <source>Preview with the figures of %1 for %2: nothing typed here is saved.</source>
        <translation>预览 %1 %2 年的数据：此处输入的内容不会保存。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>No plan has a form of its own yet</source>
        <translation>尚无计划有自定义报表</translation>
    </message>
    <message>
        <source>Copy form</source>
        <translation>复制报表</translation>
    </message>
    <message>
        <source>Remove %1 from this plan? Units that follow the plan will no longer see it.</source>
        <translation>从本计划中删除%1？适用本计划的单位将不再看到该表。</translation>
    </message>
    <message>
        <source>code: the code of a stored form cannot change (files and figures are filed under it); copy the form instead.</source>
        <translation>code：已保存报表的代码不能修改（文件和数据以其归档）；请改为复制该报表。</translation>
    </message>
    <message>
        <source>The form definition %1</source>
        <translation>报表定义%1</translation>
    </message>
    <message>
        <source>The form definition was not saved:
%1</source>
        <translation>报表定义未保存：
%1</translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <translation>%1（%2，截止 %3）</translation>
    </message>
    <message>
        <source>%1 copied from %2. No return obligation came with it: choose the form for a return on the page Returns to make its import count as one.</source>
        <translation>%1 已从 %2 复制，没有报送义务随之复制：如需导入该表即计为报送，请在“报送义务”页为报送义务选择该报表。</translation>
    </message>
    <message>
        <source>%1 copied from %2 with its returns: %3. They are on the page Returns.</source>
        <translation>%1 已从 %2 复制，其报送义务随之复制：%3。见“报送义务”页。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Its returns on the page Returns are removed with it: %1.</source>
        <translation>“报送义务”页上以它报送的义务将一并删除：%1。</translation>
    </message>
</context>
<context>
    <name>yufang::PlanIndicatorsPage</name>
    <message>
        <source>Indicators of this plan</source>
        <translation>本计划的指标</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <source>Copy indicator…</source>
        <translation>复制指标…</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Ratio of sums (numerator ÷ denominator × scale)</source>
        <translation>合计之比（分子 ÷ 分母 × 倍数）</translation>
    </message>
    <message>
        <source>Count (sum of the numerator)</source>
        <translation>计数（分子之和）</translation>
    </message>
    <message>
        <source>Denominator follows the plan (insured persons or employees)</source>
        <translation>分母按计划口径（参保人数或从业人数）</translation>
    </message>
    <message>
        <source>Down is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Up is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>the plan&apos;s</source>
        <translation>同计划</translation>
    </message>
    <message>
        <source>None (clearly down, no number)</source>
        <translation>无（明显下降，无数值）</translation>
    </message>
    <message>
        <source>Relative change (−0.10 = down 10 %)</source>
        <translation>相对变化（−0.10 = 下降 10%）</translation>
    </message>
    <message>
        <source>Level to reach (1.00 = 100 %)</source>
        <translation>应达水平（1.00 = 100%）</translation>
    </message>
    <message>
        <source>Linear from the baseline to the plan&apos;s last year</source>
        <translation>自基期至计划末年线性推进</translation>
    </message>
    <message>
        <source>None (only the end target)</source>
        <translation>无（仅期末目标）</translation>
    </message>
    <message>
        <source>Per row as well as the total</source>
        <translation>除合计外也按行评价</translation>
    </message>
    <message>
        <source>empty: every row of the form; else rows separated by 、</source>
        <translation>留空：报表的全部行；否则用、分隔行名</translation>
    </message>
    <message>
        <source>Gets a status</source>
        <translation>评定状态</translation>
    </message>
    <message>
        <source>Save indicator</source>
        <translation>保存指标</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Numerator columns</source>
        <translation>分子列</translation>
    </message>
    <message>
        <source>Denominator columns</source>
        <translation>分母列</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>小数位</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>基期年度</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Glide path</source>
        <translation>进度路径</translation>
    </message>
    <message>
        <source>Only rows</source>
        <translation>仅限行</translation>
    </message>
    <message>
        <source>Preview on the selected unit&apos;s current figures</source>
        <translation>按所选单位当前数据预览</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>变化 %</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>按进度应达</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expected / reported</source>
        <translation>应报 / 已报</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>可用列：%1</translation>
    </message>
    <message>
        <source>formCode: the plan has no form &quot;%1&quot;</source>
        <translation>formCode：本计划没有报表“%1”</translation>
    </message>
    <message>
        <source>Copy indicator</source>
        <translation>复制指标</translation>
    </message>
    <message>
        <source>Code of the copy (ASCII, e.g. %1-local)</source>
        <translation>副本的代码（ASCII，例如 %1-local）</translation>
    </message>
    <message>
        <source>Remove %1 from this plan?</source>
        <translation>从本计划中删除%1？</translation>
    </message>
    <message>
        <source>The indicator was not saved:
%1</source>
        <translation>指标未保存：
%1</translation>
    </message>
    <message>
        <source>code: the code of a stored indicator cannot change; copy it instead.</source>
        <translation>code：已保存指标的代码不能修改；请改为复制。</translation>
    </message>
    <message>
        <source>The indicator %1</source>
        <translation>指标%1</translation>
    </message>
    <message>
        <source>Linear from the first year with data to the plan&apos;s last year (levels)</source>
        <translation>自首个有数据年度至计划末年线性推进（应达水平）</translation>
    </message>
</context>
<context>
    <name>yufang::PlanReturnsModel</name>
    <message>
        <source>This level → the level above</source>
        <translation>本级 → 上级</translation>
    </message>
    <message>
        <source>Units below → this level</source>
        <translation>下级单位 → 本级</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Month and day of the deadline in every year of the plan, e.g. 03-31</source>
        <translation>计划期内每年的截止月日，例如 03-31</translation>
    </message>
    <message>
        <source>The date of the deadline, e.g. 2026-09-30</source>
        <translation>截止日期，例如 2026-09-30</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>报送内容</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>报送方向</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>报送对象</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Due (MM-DD or date)</source>
        <translation>截止（月-日或日期）</translation>
    </message>
    <message>
        <source>None (documents)</source>
        <translation>无（文件材料）</translation>
    </message>
    <message>
        <source>%1 (baseline year)</source>
        <translation>%1（基期）</translation>
    </message>
    <message>
        <source>%1 (each year)</source>
        <translation>%1（年度）</translation>
    </message>
    <message>
        <source>%1 (not a form of this plan)</source>
        <translation>%1（非本计划报表）</translation>
    </message>
    <message>
        <source>The import that counts as this return: the form of the plan&apos;s baseline year (baseline year) or the form of the return&apos;s year (each year), received on the date the import names. None: a document, recorded on the Returns tab.</source>
        <translation>导入即计为本项报送的报表：基期——计划基期年度的报表；年度——报送所属年度的报表；接收日期为导入时确定的日期。无：文件材料，在“报送”标签页登记接收。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>yufang::PlanReturnsPage</name>
    <message>
        <source>Add return</source>
        <translation>添加报送义务</translation>
    </message>
    <message>
        <source>Remove return</source>
        <translation>删除报送义务</translation>
    </message>
    <message>
        <source>New return</source>
        <translation>新报送义务</translation>
    </message>
    <message>
        <source>The returns this plan asks for. &quot;Units below → this level&quot;: every unit directly below a unit that follows the plan sends it (the counties to the city); &quot;This level → the level above&quot;: the unit that follows the plan sends it itself. Form: the import of that form (the baseline year&apos;s or each year&apos;s) counts as the return, received on the date the import names. Saved with the plan.</source>
        <translation>本计划要求的报送事项。“下级单位 → 本级”：执行本计划的单位的每个直属下级单位报送（如各县区报市）；“本级 → 上级”：执行本计划的单位自己报送。报表：导入该报表（基期或各年度）即计为本项报送，接收日期为导入时确定的日期。随计划一起保存。</translation>
    </message>
</context>
<context>
    <name>yufang::PlanTaskTableModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Part (task/safeguard)</source>
        <translation>部分（task 工作任务 / safeguard 保障措施）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Recurrence (once/yearly)</source>
        <translation>周期（once 一次 / yearly 每年）</translation>
    </message>
    <message>
        <source>Year / from</source>
        <translation>年份 / 起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Due (MM-DD)</source>
        <translation>截止（月-日）</translation>
    </message>
    <message>
        <source>Date from plan text</source>
        <translation>日期见于方案原文</translation>
    </message>
</context>
<context>
    <name>yufang::ProgressReportActions</name>
    <message>
        <source>&amp;Progress report…</source>
        <translation>进度报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Print preview of the progress report of the selected unit</source>
        <translation>打印预览所选单位的进度报告</translation>
    </message>
    <message>
        <source>Progress report as P&amp;DF…</source>
        <translation>进度报告导出 P&amp;DF…</translation>
    </message>
    <message>
        <source>Select a unit first.</source>
        <translation>请先选择单位。</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进度报告</translation>
    </message>
    <message>
        <source>Progress report %1.pdf</source>
        <translation>进度报告 %1.pdf</translation>
    </message>
    <message>
        <source>Progress report as PDF</source>
        <translation>进度报告导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>yufang::ProgressTableModel</name>
    <message>
        <source>Key industry</source>
        <translation>重点行业名称</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>工伤事故数量</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>覆盖率（%）</translation>
    </message>
    <message>
        <source>Accident rate (‰)</source>
        <translation>工伤事故发生率（‰）</translation>
    </message>
    <message>
        <source>Baseline rate (‰)</source>
        <translation>基线发生率（‰）</translation>
    </message>
    <message>
        <source>Expected (%)</source>
        <translation>进度预期下降（%）</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>目标下降（%）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4</source>
        <translation>%1 %2，%3 %4</translation>
    </message>
    <message>
        <source>Reduction, %1 (%)</source>
        <translation>%1下降（%）</translation>
    </message>
    <message>
        <source>Reporting (%1: %2/year)</source>
        <translation>报送情况（%1：%2年/本年）</translation>
    </message>
</context>
<context>
    <name>yufang::ProviderDialog</name>
    <message>
        <source>Recommended provider or platform</source>
        <translation>推荐培训机构或平台</translation>
    </message>
    <message>
        <source>until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>推荐层级</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>yufang::ProviderPanel</name>
    <message>
        <source>Recommended training providers and online platforms (推荐清单): enterprises choose from them; an entry past its end date is shown grey.</source>
        <translation>工伤预防培训机构和线上培训平台推荐清单，供企业依法自主选用；已过有效期的条目以灰色显示。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Recommended providers</source>
        <translation>推荐清单</translation>
    </message>
    <message>
        <source>Cannot save the entry: %1</source>
        <translation>无法保存该条目：%1</translation>
    </message>
    <message>
        <source>Remove %1 from the list?</source>
        <translation>从推荐清单中删除%1？</translation>
    </message>
    <message>
        <source>The provider %1</source>
        <translation>推荐机构 %1</translation>
    </message>
</context>
<context>
    <name>yufang::ProviderTableModel</name>
    <message>
        <source>no end date</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>The recommendation expired on %1</source>
        <translation>推荐已于 %1 到期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>推荐层级</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>yufang::RateFloatTab</name>
    <message>
        <source>One employer</source>
        <translation>单个用人单位</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>风险类别</translation>
    </message>
    <message>
        <source>Payroll (缴费工资总额)</source>
        <translation>缴费工资总额</translation>
    </message>
    <message>
        <source>Contributions paid</source>
        <translation>缴费额</translation>
    </message>
    <message>
        <source>Benefits paid by the fund</source>
        <translation>基金支付额</translation>
    </message>
    <message>
        <source>New injuries last year</source>
        <translation>上年新发工伤人数</translation>
    </message>
    <message>
        <source>Rule tables (editable)</source>
        <translation>规则表（可编辑）</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Reset to the example</source>
        <translation>恢复示例方案</translation>
    </message>
    <message>
        <source>Save tables</source>
        <translation>保存规则表</translation>
    </message>
    <message>
        <source>Rules are tried in order; the first that matches gives the tier. The example scheme never gives 50%: add a rule for it if your local rules have one. A tier a class does not offer moves to the nearest offered tier towards 100%.</source>
        <translation>规则按顺序匹配，第一条符合的规则决定档次。示例方案不会得出 50% 档；如本地办法有此档，请添加规则。某类别没有的档次，按向 100% 方向最近的可用档次执行。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Rate scheme in use: %1</source>
        <translation>当前费率方案：%1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Payout ratio: %1
Tier: %2 of the base rate %3
New rate: %4
Premium: %5 yuan
%6</source>
        <translation>支缴率：%1
浮动档次：基准费率 %3 的 %2
浮动后费率：%4
应缴保费：%5 元
%6</translation>
    </message>
    <message>
        <source>not applicable (no contributions)</source>
        <translation>不适用（无缴费）</translation>
    </message>
    <message>
        <source>Save rate tables</source>
        <translation>保存费率表</translation>
    </message>
    <message>
        <source>Import employers</source>
        <translation>导入用人单位</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>The rate-floating tables</source>
        <translation>费率浮动表</translation>
    </message>
    <message>
        <source>rate-floating.csv</source>
        <translation>费率浮动结果.csv</translation>
    </message>
    <message>
        <source>Import employers…</source>
        <translation>导入用人单位…</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
</context>
<context>
    <name>yufang::ReceiptDateChooser</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>the file&apos;s own date (填报日期, else the day it was saved)</source>
        <translation>文件自身日期（填报日期，无则为文件保存日期）</translation>
    </message>
    <message>
        <source>this date:</source>
        <translation>指定日期：</translation>
    </message>
    <message>
        <source>Record the return as received on</source>
        <translation>报表接收日期：</translation>
    </message>
</context>
<context>
    <name>yufang::RegisterImportRunner</name>
    <message>
        <source>Importing the enterprise register…</source>
        <translation>正在导入企业名录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>yufang::RegisterModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>重点行业</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>已参保</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>工伤事故数量</translation>
    </message>
    <message>
        <source>Occupational disease cases</source>
        <translation>职业病新发病例数</translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation>重点人员数</translation>
    </message>
    <message>
        <source>Key personnel trained</source>
        <translation>已培训重点人员数</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>风险类别</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>缴费工资总额</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>缴费额</translation>
    </message>
    <message>
        <source>Benefits paid</source>
        <translation>基金支付额</translation>
    </message>
</context>
<context>
    <name>yufang::RegisterTab</name>
    <message>
        <source>Insured or not</source>
        <translation>全部（参保与否）</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>已参保</translation>
    </message>
    <message>
        <source>Not insured</source>
        <translation>未参保</translation>
    </message>
    <message>
        <source>Search name or credit code</source>
        <translation>搜索企业名称或统一社会信用代码</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>导入企业名录…</translation>
    </message>
    <message>
        <source>Fill form from register</source>
        <translation>根据名录生成基本情况表</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>%1 enterprise-year row(s)</source>
        <translation>%1 条企业年度记录</translation>
    </message>
    <message>
        <source>Import enterprise register</source>
        <translation>导入企业名录</translation>
    </message>
    <message>
        <source>Replace the rows of units and years that the database holds already?</source>
        <translation>数据库中已有的单位年度名录是否替换？</translation>
    </message>
    <message>
        <source>Export enterprise register</source>
        <translation>导出企业名录</translation>
    </message>
    <message>
        <source>register.csv</source>
        <translation>企业名录.csv</translation>
    </message>
    <message>
        <source>The register holds no enterprise of this unit for %1.</source>
        <translation>企业名录中没有本单位 %1 年的企业。</translation>
    </message>
    <message>
        <source>The form of %1 unit(s) was filled from the register.</source>
        <translation>已根据企业名录生成 %1 个单位的基本情况表。</translation>
    </message>
    <message>
        <source>Fill training and disease from register</source>
        <translation>根据名录生成培训和职业病表</translation>
    </message>
    <message>
        <source>Key personnel, trained and new occupational disease cases per industry, for the selected unit and year. The register has no categories and no split by disease.</source>
        <translation>按行业汇总所选单位和年度的重点人员数、已培训人数和职业病新发病例数。企业名录不分人员类别，也不分病种。</translation>
    </message>
    <message>
        <source>… and %1 more line(s)</source>
        <translation>……另有 %1 行</translation>
    </message>
    <message>
        <source>%1 unit(s) hold typed or imported training or occupational-disease figures for %2. The register would replace them:

%3

Replace them?</source>
        <translation>%1 个单位已有 %2 年录入或导入的培训或职业病数据，企业名录将替换为：

%3

是否替换？</translation>
    </message>
    <message>
        <source>The training and occupational-disease tables of %1 unit(s) were filled from the register.</source>
        <translation>已根据企业名录填写 %1 个单位的培训和职业病数据。</translation>
    </message>
    <message>
        <source>%1 locked form(s) (return accepted) were left as they are: %2</source>
        <translation>%1 张已锁定的表（报送已接收）未作改动：%2</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
</context>
<context>
    <name>yufang::ReturnsBoardModel</name>
    <message>
        <source>%1 day(s) left</source>
        <translation>剩余 %1 天</translation>
    </message>
    <message>
        <source>%1 day(s) past the deadline</source>
        <translation>已超过截止日期 %1 天</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1（逾期报送）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>报送事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>报送对象</translation>
    </message>
    <message>
        <source>File checksum</source>
        <comment>SHA-256 of the received file</comment>
        <translation>文件校验值</translation>
    </message>
</context>
<context>
    <name>yufang::ReturnsTab</name>
    <message>
        <source>Mark received…</source>
        <translation>登记已接收…</translation>
    </message>
    <message>
        <source>Return for correction…</source>
        <translation>退回修改…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Print matrix…</source>
        <translation>打印汇总矩阵…</translation>
    </message>
    <message>
        <source>Sub-units × key industries for leadership:</source>
        <translation>下级单位 × 重点行业（供领导参阅）：</translation>
    </message>
    <message>
        <source>Overdue and due within 30 days, for the units this office collects from:</source>
        <translation>本单位所收报送中已逾期及 30 天内到期的事项：</translation>
    </message>
    <message>
        <source>Choose a unit and a year on the left.</source>
        <translation>请在左侧选择单位和年度。</translation>
    </message>
    <message>
        <source>Returns owed to %1 with deadlines in %2</source>
        <translation>向%1报送、截止日期在 %2 年的事项</translation>
    </message>
    <message>
        <source>%1 return(s) overdue and %2 due within 30 days for the units %3 collects from.</source>
        <translation>%3所收报送中：%1 项已逾期，%2 项将在 30 天内到期。</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>登记已接收</translation>
    </message>
    <message>
        <source>%1: %2 received on %3. Note (how it arrived, document number):</source>
        <translation>%1：“%2”于 %3 接收。备注（报送方式、文号）：</translation>
    </message>
    <message>
        <source>Accept %1 from %2 as checked (已审核)?</source>
        <translation>确认%2报送的“%1”审核通过（已审核）？</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>What must %1 correct in %2?</source>
        <translation>%1 需要修改“%2”中的哪些内容？</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Why must the accepted %1 of %2 be changed? The reason is recorded.</source>
        <translation>为什么要修改%2已审核的“%1”？原因将被记录。</translation>
    </message>
    <message>
        <source>Export returns board</source>
        <translation>导出报送情况表</translation>
    </message>
    <message>
        <source>%1 returns %2.csv</source>
        <translation>%1报送情况%2.csv</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export matrix</source>
        <translation>导出汇总矩阵</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>审核通过…</translation>
    </message>
    <message>
        <source>Accept every selected return (Ctrl-click or Shift-click to select several)</source>
        <translation>将所选报送事项全部审核通过（按住 Ctrl 或 Shift 点击可多选）</translation>
    </message>
    <message>
        <source>Correct receipt date…</source>
        <translation>更正接收日期…</translation>
    </message>
    <message>
        <source>Set the receipt date of the selected returns to the date on the left; the source file and its SHA-256 are kept</source>
        <translation>将所选事项的接收日期改为左侧日期；来源文件及其 SHA-256 保持不变</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Accept the %1 selected returns as checked (已审核)?</source>
        <translation>确认所选 %1 项报送审核通过（已审核）？</translation>
    </message>
    <message>
        <source>
These forms will be locked: %1.</source>
        <translation>
以下报表将被锁定：%1。</translation>
    </message>
    <message>
        <source>Accept returns</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>
Note for the audit trail (may be left empty):</source>
        <translation>
审计记录备注（可不填）：</translation>
    </message>
    <message>
        <source>Correct receipt date</source>
        <translation>更正接收日期</translation>
    </message>
    <message>
        <source>Record %1 return(s) as received on %2? Their source files and SHA-256 are kept. Why is the date corrected? The reason is recorded.</source>
        <translation>将 %1 项报送的接收日期改为 %2？来源文件及 SHA-256 保持不变。请说明更正原因，原因将被记录。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 owes no return with a deadline in %2.</source>
        <translation>%1 在 %2 年没有截止的报送事项。</translation>
    </message>
    <message>
        <source>What %1 sends to %2, with deadlines in %3:</source>
        <translation>%1 应向%2报送的材料（%3 年截止）：</translation>
    </message>
    <message>
        <source>What %1 owes itself, with deadlines in %2:</source>
        <translation>%1 自身的报送事项（%2 年截止）：</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Export matrix…</source>
        <translation>导出汇总矩阵…</translation>
    </message>
</context>
<context>
    <name>yufang::RiskClassModel</name>
    <message>
        <source>Risk class</source>
        <translation>风险类别</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>基准费率</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>浮动档次</translation>
    </message>
</context>
<context>
    <name>yufang::TaskTableModel</name>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>%1 file(s)</source>
        <translation>%1 个附件</translation>
    </message>
    <message>
        <source>Task / safeguard</source>
        <translation>工作任务 / 保障措施</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>yufang::TasksTab</name>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <source>Hazard rectification</source>
        <translation>隐患限期整改</translation>
    </message>
    <message>
        <source>e.g. 工伤保险科</source>
        <translation>例如 工伤保险科</translation>
    </message>
    <message>
        <source>What was done, document numbers, where the evidence is</source>
        <translation>完成情况、文号、佐证材料所在位置</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>佐证说明</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证附件</translation>
    </message>
    <message>
        <source>Choose a unit and a year.</source>
        <translation>请选择单位和年度。</translation>
    </message>
    <message>
        <source>%1, %2: no obligation of %3 falls due in this year.</source>
        <translation>%1 %2年：《%3》在本年度没有到期事项。</translation>
    </message>
    <message>
        <source>%1, %2 — %3 obligations: %4 done, %5 in progress, %6 not started, %7 overdue (as of %8).</source>
        <translation>%1 %2年——共 %3 项：已完成 %4 项，进行中 %5 项，未开始 %6 项，逾期 %7 项（截至 %8）。</translation>
    </message>
    <message>
        <source>%1 hazard(s) past the rectification deadline.</source>
        <translation>%1 项隐患超过整改期限。</translation>
    </message>
    <message>
        <source>Hazard rectification (%1 overdue)</source>
        <translation>隐患限期整改（%1 项逾期）</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>保存任务</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Remove %1 from the evidence? The copy kept with the database is deleted.</source>
        <translation>从佐证材料中移除 %1？数据库旁保存的副本将被删除。</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The record of &quot;%1&quot; for %2</source>
        <translation>%2 的“%1”任务记录</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
</context>
<context>
    <name>yufang::TrainingTab</name>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Training table: print preview…</source>
        <translation>培训情况表：打印预览…</translation>
    </message>
    <message>
        <source>Training table: export PDF…</source>
        <translation>培训情况表：导出 PDF…</translation>
    </message>
    <message>
        <source>Add category…</source>
        <translation>添加人员类别…</translation>
    </message>
    <message>
        <source>Add a key-personnel category to the unit&apos;s plan (e.g. 主要负责人)</source>
        <translation>为本单位执行的实施方案添加重点人员类别（如主要负责人）</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Sub-unit</source>
        <translation>下级单位</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>覆盖率（%）</translation>
    </message>
    <message>
        <source>Path (%)</source>
        <translation>应达进度（%）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sub-units, lagging first:</source>
        <translation>下级单位（滞后的在前）：</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>培训覆盖率</translation>
    </message>
    <message>
        <source>Recommended providers</source>
        <translation>推荐清单</translation>
    </message>
    <message>
        <source>Reporting unit: %1 (%2)    Year: %3    Key-personnel categories: %4</source>
        <translation>填报单位：%1（%2）    年度：%3    重点人员类别：%4</translation>
    </message>
    <message>
        <source>No training figures stored for %1 yet: fill in the table and save, or import the exported blank table once filled in.</source>
        <translation>%1 年尚无培训数据：请填写本表并保存，或导出空白表填好后导入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training coverage %1: %2%&lt;/b&gt; — path %3%, target %4% by %5 — &lt;span style=&quot;color:%6&quot;&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1 年培训覆盖率：%2%&lt;/b&gt; — 应达进度 %3%，%5 年目标 %4% — &lt;span style=&quot;color:%6&quot;&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The training table for %1, %2 has unsaved changes. Save them?</source>
        <translation>%1 %2 年培训情况表有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>Add key-personnel category</source>
        <translation>添加重点人员类别</translation>
    </message>
    <message>
        <source>New key-personnel category of the plan %1 (e.g. 主要负责人):</source>
        <translation>实施方案《%1》新增的重点人员类别（如主要负责人）：</translation>
    </message>
    <message>
        <source>Import training table</source>
        <translation>导入培训情况表</translation>
    </message>
    <message>
        <source>%1 %2 already holds training figures. Replace them with %3?</source>
        <translation>%1 %2 年已有培训数据，是否用 %3 替换？</translation>
    </message>
    <message>
        <source>Export training table</source>
        <translation>导出培训情况表</translation>
    </message>
    <message>
        <source>The training table of %1 for %2</source>
        <translation>%1 %2年的重点人员培训情况表</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Training table: blank template (Excel)…</source>
        <translation>培训情况表：导出空白填报模板（Excel）…</translation>
    </message>
</context>
<context>
    <name>yufang::TrendsTab</name>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Lines shown:</source>
        <translation>显示的曲线：</translation>
    </message>
    <message>
        <source>Select a unit that follows a plan.</source>
        <translation>请选择已关联实施方案的单位。</translation>
    </message>
    <message>
        <source>Hover over a point or bar for its exact value. Latest year with data: %1.</source>
        <translation>鼠标悬停在数据点或柱上可查看精确数值。最新数据年度：%1 年。</translation>
    </message>
</context>
<context>
    <name>yufang::UninsuredModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>重点行业</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进情况</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>yufang::UninsuredTab</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Deadline set</source>
        <translation>限期</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>已参保</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export uninsured enterprises</source>
        <translation>导出未参保企业</translation>
    </message>
    <message>
        <source>uninsured.csv</source>
        <translation>未参保企业.csv</translation>
    </message>
    <message>
        <source>Follow-up of the selected enterprise:</source>
        <translation>所选企业的跟进情况：</translation>
    </message>
    <message>
        <source>%1, %2: %3 enterprise(s) with employees and no insured persons</source>
        <translation>%1，%2年：%3 户企业有从业人员但无人参保</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进情况</translation>
    </message>
    <message>
        <source>Select an enterprise first.</source>
        <translation>请先选择一户企业。</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
</context>
<context>
    <name>yufang::UnitFormTab</name>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reporting unit: %1 (%2)    Year: %3</source>
        <translation>填报单位：%1（%2）    年度：%3</translation>
    </message>
    <message>
        <source>No figures stored for %1 yet: fill in the form and save.</source>
        <translation>%1 年尚无数据：请填写后保存。</translation>
    </message>
    <message>
        <source>Choose a unit and a year on the left.</source>
        <translation>请在左侧选择单位和年度。</translation>
    </message>
    <message>
        <source>Correct the errors marked in red before saving.</source>
        <translation>请先改正红色标出的错误再保存。</translation>
    </message>
</context>
<context>
    <name>yufang::UnitSelector</name>
    <message>
        <source>Filter units by name or code</source>
        <translation>按名称或代码筛选单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>yufang::UnitTreeModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>yufang::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
</context>
</TS>
