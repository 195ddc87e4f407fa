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
    <message>
        <source>%1: a row with figures below %2 is not part of the table; move it above 合计</source>
        <translation>%1：%2下方有填有数字的行，不属于表格，请移到“合计”行上方</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>备注</translation>
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnexReport</name>
    <message>
        <source>%1 follows no plan</source>
        <translation>%1 未关联实施方案</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>未知单位 %1</translation>
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
    <name>ChartAdapter</name>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1：无法写入图片</translation>
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
        <source>%1 is outside %2's plan years (%3-%4) and has no data</source>
        <translation>%1 年不在%2实施方案的年度范围（%3-%4年）内，且无数据</translation>
    </message>
    <message>
        <source>print-annex needs -o FILE.pdf</source>
        <translation>print-annex 需要 -o FILE.pdf</translation>
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
        <translation type="unfinished" />
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
    <name>Progress</name>
    <message>
        <source>Target met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>无基线</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Key-industry total</source>
        <translation>重点行业合计</translation>
    </message>
    <message>
        <source>Reduction against %1 (%)</source>
        <translation>较 %1 年下降（%）</translation>
    </message>
    <message>
        <source>Reduction %1</source>
        <translation>%1 年下降幅度</translation>
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
        <translation>基线水平（%1年）</translation>
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
        <source>Reduction by industry, %1</source>
        <translation>%1 年分行业下降幅度</translation>
    </message>
    <message>
        <source>Units below %1 compared, %2</source>
        <translation>%1下级单位对比（%2 年）</translation>
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
        <translation>参加工伤保险人数</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>工伤保险参保率（%）</translation>
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
        <source>Reduction (%)</source>
        <translation>较基线下降（%）</translation>
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
        <source>%1: %2‰ against %3‰ in %4, down %5% (expected %6%, target %7%): %8.</source>
        <translation>%1 年：%2‰，%4 年为 %3‰，下降 %5%（进度预期 %6%，目标 %7%）：%8。</translation>
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
        <source>Status: %1 = reduction ≥ target; %2 = reduction ≥ expected; %3 = below expected; %4 = no baseline data or a zero baseline rate; %5 = no data for the year.</source>
        <translation>状态：%1 = 下降幅度 ≥ 目标；%2 = 下降幅度 ≥ 进度预期；%3 = 低于进度预期；%4 = 无基线数据或基线发生率为零；%5 = 当年无数据。</translation>
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
        <source>Consolidated: the unit's own rows plus all units below it; %1 unit(s) hold figures for %2. Read-only: select a unit without sub-units to edit.</source>
        <translation>汇总表：本单位及所辖全部单位合计；%2 年已有 %1 个单位填报数据。只读：如需编辑请选择无下级的单位。</translation>
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
        <translation>UTF-8 带 BOM（Excel 2016 及以上、WPS）</translation>
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
        <source>For a unit with sub-units: print each sub-unit's form on its own page instead of the consolidated table</source>
        <translation>有下属单位时：每个下属单位的基本情况表单独一页，而不是打印汇总表</translation>
    </message>
    <message>
        <source>Import key-industry forms</source>
        <translation>导入基本情况表</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.txt);;All files (*)</source>
        <translation>表格文本文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export key-industry form</source>
        <translation>导出基本情况表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
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
</context>
<context>
    <name>yufang::AnnexImportDialog</name>
    <message>
        <source>Import key-industry forms</source>
        <translation>导入基本情况表</translation>
    </message>
    <message>
        <source>Replace the data that already exists for these units and years</source>
        <translation>替换这些单位和年度已有的数据</translation>
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
        <source>form</source>
        <translation>表样</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>未确定</translation>
    </message>
    <message>
        <source> · &lt;b&gt;replaces existing data&lt;/b&gt;</source>
        <translation> · &lt;b&gt;将替换已有数据&lt;/b&gt;</translation>
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
    <name>yufang::AnnexImportModel</name>
    <message>
        <source>A local key industry of %1</source>
        <translation>%1确定的本地重点行业</translation>
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
        <source>Key industry</source>
        <translation>重点行业名称</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业户数</translation>
    </message>
    <message>
        <source>Insured enterprises</source>
        <translation>参保企业户数</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业总人数</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>参加工伤保险人数</translation>
    </message>
    <message>
        <source>Coverage rate (%)</source>
        <translation>工伤保险参保率（%）</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>工伤事故数量</translation>
    </message>
    <message>
        <source>Accident rate (‰)</source>
        <translation>工伤事故发生率（‰）</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
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
        <source>Reduction (target %1%, expected by %2: %3%)</source>
        <translation>较基线下降（目标 %1%，%2 年进度预期 %3%）</translation>
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
        <source>&amp;Reports</source>
        <translation type="unfinished" />
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
        <translation>从业总人数</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>参加工伤保险人数</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>工伤保险参保率（%）</translation>
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
        <source>Reduction (%)</source>
        <translation>较基线下降（%）</translation>
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