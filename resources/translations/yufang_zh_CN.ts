<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnexCsvReader</name>
    <message>
        <source>column "%1" is not part of the annex and was ignored</source>
        <translation>列“%1”不属于基本情况表，已忽略</translation>
    </message>
    <message>
        <source>column "%1" appears twice</source>
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
        <source>the key industry name (重点行业名称) is empty</source>
        <translation>重点行业名称为空</translation>
    </message>
    <message>
        <source>年度: "%1" is not a year</source>
        <translation>年度：“%1”不是有效年份</translation>
    </message>
    <message>
        <source>the file is neither UTF-8, UTF-16 nor GB18030 text</source>
        <translation>文件不是 UTF-8、UTF-16 或 GB18030 编码的文本</translation>
    </message>
    <message>
        <source>no header row with 重点行业名称 was found; is this an annex file?</source>
        <translation>未找到含“重点行业名称”的表头行，请确认这是基本情况表文件</translation>
    </message>
</context>
<context>
    <name>AnnexExport</name>
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
    <name>AnnexImporter</name>
    <message>
        <source>单位代码 %1 is not a known unit; add it first (yufang-cli import-units)</source>
        <translation>单位代码 %1 不存在，请先添加该单位（yufang-cli import-units）</translation>
    </message>
    <message>
        <source>填报单位 "%1" names no known unit</source>
        <translation>填报单位“%1”无法对应到已有单位</translation>
    </message>
    <message>
        <source>填报单位 "%1" is ambiguous: %2</source>
        <translation>填报单位“%1”可对应多个单位：%2</translation>
    </message>
    <message>
        <source>--unit %1 is not a known unit code or name</source>
        <translation>--unit %1 不是已有的单位代码或名称</translation>
    </message>
    <message>
        <source>the file is for %1 %2 but %3 %4 was chosen</source>
        <translation>文件属于 %1 %2，但所选单位为 %3 %4</translation>
    </message>
    <message>
        <source>the file does not say which unit it is for: fill in 填报单位 or choose the unit</source>
        <translation>文件未注明填报单位：请填写“填报单位”或指定单位</translation>
    </message>
    <message>
        <source>the file is for the year %1 but %2 was chosen</source>
        <translation>文件为 %1 年数据，但所选年度为 %2</translation>
    </message>
    <message>
        <source>the file does not say which year it is for (no YYYY年工伤事故数量 header or 年度 column): choose the year</source>
        <translation>文件未注明年度（无“YYYY年工伤事故数量”表头或“年度”列）：请指定年度</translation>
    </message>
    <message>
        <source>%1: imported %2 form(s), %3 row(s) (%4, %5 warning(s))</source>
        <translation>%1：已导入 %2 张表、%3 行（%4，%5 条警告）</translation>
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
        <source>the file holds no annex rows</source>
        <translation>文件中没有基本情况表数据行</translation>
    </message>
    <message>
        <source>%1 %2 appears more than once in the file</source>
        <translation>%1 %2 在文件中出现多次</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 重复出现（首次在第 %2 行）</translation>
    </message>
    <message>
        <source>%1 is not a key industry of the plan; it becomes a local key industry of %2</source>
        <translation>%1 不是实施方案中的重点行业，将作为%2确定的本地重点行业</translation>
    </message>
    <message>
        <source>%1: 工伤保险参保率 in the file is %2, computed from the counts it is %3%; the computed value is used</source>
        <translation>%1：文件中的工伤保险参保率为 %2，按数量计算为 %3%，采用计算值</translation>
    </message>
    <message>
        <source>%1: 工伤事故发生率 in the file is %2, computed from the counts it is %3‰; the computed value is used</source>
        <translation>%1：文件中的工伤事故发生率为 %2，按数量计算为 %3‰，采用计算值</translation>
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
        <source>%1 %2 already holds data; replace it explicitly (--replace)</source>
        <translation>%1 %2 已有数据；如需覆盖请明确指定替换（--replace）</translation>
    </message>
    <message>
        <source>writing to the database failed: %1</source>
        <translation>写入数据库失败：%1</translation>
    </message>
    <message>
        <source>%1's sub-units already hold figures for %2 (%3 unit(s)); these rows are stored as %1's own figures and are added to theirs in every total. If the file is a consolidated total, it counts them twice.</source>
        <translation>%1的下级单位已有 %2 年数据（%3 个单位）；本文件数据将作为%1本级数据保存，并在各级合计中与下级数据相加。如本文件是汇总数，将造成重复计算。</translation>
    </message>
    <message>
        <source>recorded as %1's return "%2" received on %3</source>
        <translation>已登记为%1的报送事项“%2”，接收日期 %3</translation>
    </message>
</context>
<context>
    <name>AnnexLocks</name>
    <message>
        <source>unlocking a form needs a reason</source>
        <translation>解锁报表须填写原因</translation>
    </message>
    <message>
        <source>the form of %1 for %2 is locked: its return was accepted (已审核) on %3 by %4. Unlock it with a reason before changing it.</source>
        <translation>%1 %2 年的基本情况表已锁定：其报送已于 %3 由 %4 审核（已审核）。如需修改，请先填写原因解锁。</translation>
    </message>
</context>
<context>
    <name>AnnexValidation</name>
    <message>
        <source>%1: %2 must not be negative (found %3)</source>
        <translation>%1：%2不能为负数（填写为 %3）</translation>
    </message>
    <message>
        <source>%1: insured enterprises (%2) exceed enterprises (%3)</source>
        <translation>%1：参保企业户数（%2）大于企业户数（%3）</translation>
    </message>
    <message>
        <source>%1: accidents (%2) exceed insured persons (%3)</source>
        <translation>%1：工伤事故数量（%2）大于参加工伤保险人数（%3）</translation>
    </message>
    <message>
        <source>%1: accidents are given but insured persons are empty, so the accident rate cannot be computed</source>
        <translation>%1：填写了工伤事故数量但参加工伤保险人数为空，无法计算工伤事故发生率</translation>
    </message>
    <message>
        <source>%1: insured persons (%2) exceed employees (%3); possible when projects insure workers by project (按项目参保)</source>
        <translation>%1：参加工伤保险人数（%2）大于从业总人数（%3）；按项目参保时可能出现</translation>
    </message>
    <message>
        <source>row %1: the key industry name is empty</source>
        <translation>第 %1 行：重点行业名称为空</translation>
    </message>
    <message>
        <source>%1: the key industry appears more than once</source>
        <translation>%1：重点行业重复出现</translation>
    </message>
</context>
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
</context>
<context>
    <name>CellParsing</name>
    <message>
        <source>"%1" is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>"%1" is too large</source>
        <translation>“%1”数值过大</translation>
    </message>
    <message>
        <source>"%1" is negative; counts are whole numbers ≥ 0</source>
        <translation>“%1”为负数；数量应为不小于 0 的整数</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>import-annex needs at least one FILE</source>
        <translation>import-annex 至少需要一个文件</translation>
    </message>
    <message>
        <source>--unit %1 is not a known unit code or name</source>
        <translation>--unit %1 不是已有的单位代码或名称</translation>
    </message>
    <message>
        <source>--year must be a year such as 2020</source>
        <translation>--year 应为年份，例如 2020</translation>
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
        <translation>--unit 应为已有单位（代码或完整名称）</translation>
    </message>
    <message>
        <source>--layout must be form or data</source>
        <translation>--layout 应为 form 或 data</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030</source>
        <translation>--encoding 应为 utf-8 或 gb18030</translation>
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
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>not a Yufang database (%1); the file was not changed</source>
        <translation>不是预防数据库（%1）；文件未作修改</translation>
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
</context>
<context>
    <name>FileOutput</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
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
        <source>Rates on the total row are computed from the summed counts, never averaged; "—" means the denominator is zero or missing.</source>
        <translation>合计行的比率由合计数量重新计算，不取各行比率的平均值；“—”表示分母为零或未填写。</translation>
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
</context>
<context>
    <name>RollUp</name>
    <message>
        <source>%1 of %2 units reported</source>
        <translation>应报 %2 个单位，已报 %1 个</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>the file is neither UTF-8, UTF-16 nor GB18030 text</source>
        <translation>文件不是 UTF-8、UTF-16 或 GB18030 编码的文本</translation>
    </message>
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
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>cannot add unit %1 %2: %3</source>
        <translation>无法添加单位 %1 %2：%3</translation>
    </message>
</context>
<context>
    <name>yufang::AnnexChangesModel</name>
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
        <source>Key industry</source>
        <translation>重点行业名称</translation>
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
    <name>yufang::AnnexEditor</name>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Date filled in</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <source>Add local industry…</source>
        <translation>添加本地重点行业…</translation>
    </message>
    <message>
        <source>Remove local industry</source>
        <translation>删除本地重点行业</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Choose a unit and a year on the left.</source>
        <translation>请在左侧选择单位和年度。</translation>
    </message>
    <message>
        <source>Reporting unit: %1 (%2)    Year: %3    Plan: %4</source>
        <translation>填报单位：%1（%2）    年度：%3    实施方案：%4</translation>
    </message>
    <message>
        <source>No figures stored for %1 yet: fill in the form and save.</source>
        <translation>%1 年尚无数据：请填写后保存。</translation>
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
        <source>Correct the errors marked in red before saving.</source>
        <translation>请先改正红色标出的错误再保存。</translation>
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
        <translation>保存失败，数据未作修改。
%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The form for %1, %2 has unsaved changes. Save them?</source>
        <translation>%1 %2 年的基本情况表有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>Add local key industry</source>
        <translation>添加本地重点行业</translation>
    </message>
    <message>
        <source>Name of the key industry your unit adds (各县区确定的重点行业):</source>
        <translation>本单位确定的重点行业名称：</translation>
    </message>
    <message>
        <source>Remove local key industry</source>
        <translation>删除本地重点行业</translation>
    </message>
    <message>
        <source>Remove %1 and its figures from this year's form?</source>
        <translation>从本年度表中删除“%1”及其数据？</translation>
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
        <source>Consolidated: the unit's own rows plus all units below it; %1 for %2. Read-only: select a unit without sub-units to edit.</source>
        <translation>汇总表：本单位数据加所有下级单位数据；%2 年%1。只读：如需编辑，请选择没有下级的单位。</translation>
    </message>
    <message>
        <source>PARTIAL TOTAL. </source>
        <translation>部分汇总。</translation>
    </message>
    <message>
        <source>Not reported: %1</source>
        <translation>未报送：%1</translation>
    </message>
    <message>
        <source>Locked: the return of this form was accepted (已审核) on %1 by %2. Choose Unlock… and give a reason to change it.</source>
        <translation>已锁定：本表的报送已于 %1 由 %2 审核（已审核）。如需修改，请点击“解锁…”并填写原因。</translation>
    </message>
    <message>
        <source>Unlock form</source>
        <translation>解锁报表</translation>
    </message>
    <message>
        <source>Why must the accepted form of %1 for %2 be changed? The reason is recorded in the audit trail.</source>
        <translation>为什么要修改 %1 %2 年已审核的报表？原因将记入审计记录。</translation>
    </message>
</context>
<context>
    <name>yufang::AnnexTableModel</name>
    <message>
        <source>Enter the name of the key industry.</source>
        <translation>请输入重点行业名称。</translation>
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
        <source>Local key industry of this unit</source>
        <translation>本单位确定的重点行业</translation>
    </message>
    <message>
        <source>Key industry</source>
        <translation>重点行业名称</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业户数</translation>
    </message>
    <message>
        <source>Insured
enterprises</source>
        <translation>参保企业
户数</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业总人数</translation>
    </message>
    <message>
        <source>Insured
persons</source>
        <translation>参加工伤
保险人数</translation>
    </message>
    <message>
        <source>Coverage
rate (%)</source>
        <translation>工伤保险
参保率(%)</translation>
    </message>
    <message>
        <source>Accidents
in %1</source>
        <translation>%1年工伤
事故数量</translation>
    </message>
    <message>
        <source>Accident
rate (‰)</source>
        <translation>工伤事故
发生率(‰)</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>yufang::AnnexVersionsDialog</name>
    <message>
        <source>Versions of the form %1, %2</source>
        <translation>基本情况表历史版本：%1，%2 年</translation>
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
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
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
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>yufang::MainWindow</name>
    <message>
        <source>Units</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <source>Key-industry form</source>
        <translation>基本情况表</translation>
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
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
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
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Yufang database (*.sqlite);;All files (*)</source>
        <translation>预防数据库 (*.sqlite);;所有文件 (*)</translation>
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
        <source>Returns</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Returns (%1 overdue)</source>
        <translation>报送（%1 项逾期）</translation>
    </message>
    <message>
        <source>%1 return(s) overdue and %2 due within 30 days: see the Returns tab.</source>
        <translation>%1 项报送逾期，%2 项将在 30 天内到期：请查看“报送”页。</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
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
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>yufang::ReturnsTab</name>
    <message>
        <source>Mark received…</source>
        <translation>登记已接收…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>审核通过</translation>
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
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Export matrix CSV…</source>
        <translation>导出汇总矩阵 CSV…</translation>
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
        <source>
The form of %1 for %2 will be locked.</source>
        <translation>
%1 %2 年的基本情况表将被锁定。</translation>
    </message>
    <message>
        <source>Accept return</source>
        <translation>审核报送</translation>
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
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export matrix</source>
        <translation>导出汇总矩阵</translation>
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
</TS>