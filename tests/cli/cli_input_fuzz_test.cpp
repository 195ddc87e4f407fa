// The input side of the reliability suite (issue 20): a seeded mutation fuzzer over every
// importer, run through the real yufang-cli. Each case takes a valid seed file, mutates it
// (byte flips, truncation, stray quotes, NULs, invalid UTF-8, long cells, many columns,
// lines dropped or doubled) and imports it into a copy of a prepared database. It asserts:
//  - no crash and no hang: the process exits normally with 0 or 1 within the time limit;
//  - exit 1 leaves the database file byte-identical;
//  - exit 0 only for a clean parse: an independent strict RFC 4180 reading of the file
//    (valid UTF-8, no control characters, well-placed quotes, cells and records within the
//    limits) accepts it; every text value new to the database is (a part of) one cell of
//    that reading, so no stored name holds a swallowed line, a NUL or mojibake.
// Figures are not compared one by one: a file the strict reading accepts says what it says,
// and the importers' own tests pin down how each layout's figures are stored.
// CI runs YUFANG_FUZZ_CASES (default 240) cases from YUFANG_FUZZ_SEED (default 20); the long
// run sets more (CONTRIBUTING.md, "Input fuzzer").
#include "cli_support.h"

#include "../test_server.h"

#include "services/expert_csv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>
#include <QUuid>

#include <random>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype kMaxFieldChars = 32767;    // the documented limits (docs/csv.md), restated
constexpr qsizetype kMaxRecordChars = 1 << 20; // here so the reference does not share code

// ---- the independent reference reading ----------------------------------------------------

struct Reference {
    bool clean = false;
    QString why;
    QStringList cells; // every cell, canonical (see canonical())
};

// NFKC, apostrophe before a formula sign dropped, whitespace runs as one space, trimmed: the
// forms the importers may store a cell's text in.
QString canonical(const QString& s) {
    QString t = s.normalized(QString::NormalizationForm_KC).simplified();
    if (t.size() > 1 && t.front() == u'\'' && QStringView(u"=+-@").contains(t.at(1)))
        t.remove(0, 1);
    return t;
}

Reference referenceRead(QByteArray bytes) {
    Reference r;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        r.why = u"not valid UTF-8"_s;
        return r;
    }
    qsizetype tabs = 0, commas = 0, lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 12; ++i) {
        tabs += text.at(i) == u'\t';
        commas += text.at(i) == u',';
        lines += text.at(i) == u'\n';
    }
    const QChar delim = tabs > commas ? u'\t' : u',';
    QString field;
    qsizetype record = 0;
    enum { Start, Unquoted, Quoted, AfterQuote } state = Start;
    auto end = [&] {
        r.cells << canonical(field);
        field.clear();
        state = Start;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') {
            r.why = u"control character"_s;
            return r;
        }
        if (++record > kMaxRecordChars) {
            r.why = u"record too long"_s;
            return r;
        }
        switch (state) {
        case Start:
        case Unquoted:
            if (c == delim) {
                end();
            } else if (c == u'\r' || c == u'\n') {
                end();
                record = 0;
            } else if (c == u'"') {
                if (state == Unquoted && !field.trimmed().isEmpty()) {
                    r.why = u"quote inside an unquoted cell"_s;
                    return r;
                }
                field.clear();
                state = Quoted;
            } else {
                field += c;
                state = Unquoted;
            }
            break;
        case Quoted:
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                state = AfterQuote;
            } else {
                field += c;
            }
            break;
        case AfterQuote:
            if (c == delim) {
                end();
            } else if (c == u'\r' || c == u'\n') {
                end();
                record = 0;
            } else if (c != u' ' && c != u'\t') {
                r.why = u"text after a closing quote"_s;
                return r;
            }
            break;
        }
        if (field.size() > kMaxFieldChars) {
            r.why = u"cell too long"_s;
            return r;
        }
    }
    if (state == Quoted) {
        r.why = u"quote never closed"_s;
        return r;
    }
    end();
    r.clean = true;
    return r;
}

bool isPartOfSomeCell(const QString& value, const Reference& ref) {
    const QString v = canonical(value);
    if (v.isEmpty())
        return true;
    for (const QString& cell : ref.cells)
        if (cell.contains(v, Qt::CaseInsensitive)) // credit codes are stored in upper case
            return true;
    return false;
}

// ---- the database as text values ----------------------------------------------------------

// Tables whose text the import writes from elsewhere than the file: history snapshots, the
// audit trail, receipts, schema bookkeeping.
bool derivedTable(const QString& table) {
    static const QStringList derived = {u"form_version"_s,     u"audit_event"_s,   u"meta"_s,
                                        u"schema_migration"_s, u"return_record"_s, u"form_lock"_s};
    return derived.contains(table) || table.startsWith(u"sqlite_"_s);
}

// Columns the import stamps: where the data came from ("import:FILE sha256:…") and when.
bool derivedColumn(const QString& column) {
    return column == u"source"_s || column.endsWith(u"_at"_s);
}

// "table.column" → text values (a multiset as a sorted list).
QHash<QString, QStringList> textValues(const QString& path) {
    QHash<QString, QStringList> out;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(db.open());
        for (const QString& table : db.tables()) {
            if (derivedTable(table))
                continue;
            QSqlQuery q(db);
            REQUIRE(q.exec(u"SELECT * FROM \"%1\""_s.arg(table)));
            while (q.next()) {
                const QSqlRecord rec = q.record();
                for (int i = 0; i < rec.count(); ++i)
                    if (q.value(i).typeId() == QMetaType::QString &&
                        !derivedColumn(rec.fieldName(i)))
                        out[table + u'.' + rec.fieldName(i)] << q.value(i).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    for (QStringList& l : out)
        l.sort();
    return out;
}

// Text values in `after` that `before` held nowhere: the import may copy text the database
// already has (the plan's industries and key-personnel categories fill a training table's
// grid), but anything new must come from the file.
QStringList addedValues(const QHash<QString, QStringList>& before,
                        const QHash<QString, QStringList>& after) {
    QSet<QString> known;
    for (const QStringList& values : before)
        for (const QString& v : values)
            known.insert(v);
    QStringList added;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        for (const QString& v : it.value())
            if (!known.contains(v))
                added << it.key() + u'=' + v;
    return added;
}

// Values no cell has to hold: numbers, dates and times the import computes or stamps, and the
// level keys a unit's level cell is stored as.
bool computedValue(const QString& v) {
    static const QRegularExpression re(u"^[0-9.:+\\-TZ ]*$"_s);
    static const QStringList levels = {u"province"_s, u"city"_s, u"county"_s, u"zone"_s,
                                       u"other"_s};
    return re.match(v).hasMatch() || levels.contains(v);
}

QByteArray digest(const QString& path) {
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256);
}

// ---- the importers ------------------------------------------------------------------------

struct Importer {
    QString name;
    QByteArray seed;
    QStringList command;   // e.g. import-annex --replace
    bool replaces = false; // mutated files go into a database that holds the seed's data
};

const QString kAnnexHeader =
    u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,2020年工伤事故数量,工伤事故发生率,备注"_s;

QString annexForm() {
    return csvLines(
        {u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"_s,
         u"填报单位：临沂市兰山区人力资源和社会保障局"_s, kAnnexHeader,
         u"危险化学品,10,8,1000,800,80.00%,4,5.00‰,"_s,
         u"矿山,5,5,300,300,100.00%,1,3.33‰,\"井下\r\n作业\""_s,
         u"冶金,6,6,400,380,95.00%,2,5.26‰,"_s,
         u"建筑施工,20,15,5000,6000,120.00%,12,2.00‰,\"按项目参保,含农民工\""_s,
         u"本地行业甲,3,3,100,90,90.00%,0,0.00‰,'=1+2"_s,
         u"合计,44,37,6800,7570,111.32%,19,2.51‰,"_s, u"填报人：张三"_s,
         u"联系电话：0539-1234567"_s, u"备注：（1）请填写2020年底的数据。"_s});
}

QString annexData() {
    return csvLines(
        {u"单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤事故数量,备注"_s,
         u"371311,罗庄区,2021,危险化学品,4,4,300,280,1,"_s,
         u"371311,罗庄区,2021,冶金,3,2,250,200,2,\"炉前\"\"高温\"\"\""_s,
         u"371311,罗庄区,2021,交通运输,7,7,900,880,3,"_s,
         u"371312,河东区,2021,矿山,2,2,120,120,0,"_s});
}

QString training() {
    return csvLines(
        {u"《工伤预防五年行动计划》重点行业企业重点人员工伤预防培训情况表"_s, u"填报单位：兰山区"_s,
         u"年度：2023"_s,
         u"重点行业名称,重点人员类别,重点人员数,累计已培训人数,培训覆盖率,本年培训次数,其中线上,其中线下,培训学时,备注"_s,
         u"危险化学品,分管负责人,12,9,75.00%,4,3,2,16,"_s,
         u"危险化学品,一线班组长,30,30,100.00%,2,2,0,8,\"全员\r\n覆盖\""_s,
         u"矿山,分管负责人,5,4,80.00%,1,1,0,4,"_s, u"合计,,47,43,91.49%,7,6,2,28,"_s,
         u"填报人：李四"_s, u"联系电话：0539-7654321"_s});
}

QString disease() {
    return csvLines(
        {u"《工伤预防五年行动计划》重点行业职业病情况表"_s, u"填报单位：兰山区"_s, u"年度：2023"_s,
         u"重点行业名称,尘肺病新发病例数,其他职业病新发病例数,新发病例合计,接尘人数,备注"_s,
         u"矿山,3,1,4,200,"_s, u"建材,1,0,1,80,\"水泥,石材\""_s, u"合计,4,1,5,280,"_s,
         u"填报人：王五"_s});
}

QString registerFile() {
    return csvLines(
        {u"unit_code,enterprise_name,credit_code,industry,year,employees,insured_employees,insured,accidents,occupational_disease_cases,key_personnel,key_personnel_trained"_s,
         u"371302,甲化工,91371302MA3C000015,危险化学品,2023,100,90,1,2,0,5,5"_s,
         u"371302,乙化工,91371302MA3C000028,危险化学品,2023,40,0,0,1,0,3,1"_s,
         u"371302,\"丙建筑,第二分公司\",91371302MA3C00003A,建筑施工,2023,300,300,1,4,1,6,6"_s,
         u"371311,己冶金,91371311MA3C00004F,冶金,2023,50,50,1,1,0,4,4"_s});
}

QString units() {
    return csvLines({u"code,name,level,parent_code"_s, u"371391,测试县一,county,371300"_s,
                     u"371392,测试县二,county,371300"_s, u"371392001,某街道,other,371392"_s,
                     u"371399,临沂市本级,other,371300"_s});
}

QString floatFile() {
    return csvLines(
        {u"单位名称,统一社会信用代码,风险类别,缴费工资总额,缴费额,基金支付额,上年新发工伤人数"_s,
         u"甲公司,91371302MA3C000015,3,1000000.00,7000.00,0,0"_s,
         u"乙公司,,5,2500000,27500,50000.50,2"_s});
}

QString experts() {
    return csvLines({u"姓名,专业领域,级别,工作单位,职称,联系方式,有效期至"_s,
                     u"张三,工伤预防,省级,山东大学,教授,0531-1234567,2025-12-31"_s,
                     u"李四,职业卫生,市级,\"临沂市疾控中心,职业卫生所\",主任医师,'+86 539,"_s});
}

QList<Importer> importers() {
    return {
        {u"annex-form"_s, utf8WithBom(annexForm()), {u"import-annex"_s, u"--replace"_s}, true},
        {u"annex-data"_s, utf8WithBom(annexData()), {u"import-annex"_s, u"--replace"_s}, true},
        {u"training"_s, utf8WithBom(training()), {u"import-training"_s, u"--replace"_s}, true},
        {u"disease"_s, utf8WithBom(disease()), {u"import-disease"_s, u"--replace"_s}, true},
        {u"register"_s, utf8WithBom(registerFile()), {u"import-register"_s, u"--replace"_s}, true},
        {u"units"_s, utf8WithBom(units()), {u"import-units"_s}, false},
        {u"float"_s, utf8WithBom(floatFile()), {u"float"_s}, false},
    };
}

// ---- mutations ----------------------------------------------------------------------------

QByteArray mutate(QByteArray b, std::mt19937_64& rng, QString* what) {
    auto pick = [&](qsizetype n) { return qsizetype(rng() % quint64(qMax<qsizetype>(n, 1))); };
    const int kinds = 1 + int(rng() % 2);
    QStringList done;
    for (int k = 0; k < kinds; ++k) {
        const qsizetype at = pick(b.size() + 1);
        switch (rng() % 11) {
        case 0: { // byte flips
            const int n = 1 + int(rng() % 4);
            for (int i = 0; i < n && !b.isEmpty(); ++i)
                b[pick(b.size())] ^= char(1 << (rng() % 8));
            done << u"flip%1"_s.arg(n);
            break;
        }
        case 1:
            b.truncate(at);
            done << u"truncate@%1"_s.arg(at);
            break;
        case 2:
            b.insert(at, '"');
            done << u"quote@%1"_s.arg(at);
            break;
        case 3:
            b.insert(at, QByteArray(1 + int(rng() % 3), '\0'));
            done << u"nul@%1"_s.arg(at);
            break;
        case 4: { // invalid UTF-8: a lone lead, a lone continuation, or 0xFF
            static const char* bad[] = {"\xE5", "\x80", "\xFF", "\xC3\x28"};
            b.insert(at, bad[rng() % 4]);
            done << u"utf8@%1"_s.arg(at);
            break;
        }
        case 5: { // a long cell, sometimes over the limit
            const qsizetype n = 1000 + pick(40000);
            b.insert(at, QByteArray(n, (rng() % 2) ? 'x' : '9'));
            done << u"long%1@%2"_s.arg(n).arg(at);
            break;
        }
        case 6: { // many columns on one line
            const qsizetype n = 1000 + pick(100000);
            QByteArray cells;
            cells.reserve(n * 2);
            for (qsizetype i = 0; i < n; ++i)
                cells += (rng() % 4) ? ",1" : ",";
            b.insert(at, cells);
            done << u"columns%1@%2"_s.arg(n).arg(at);
            break;
        }
        case 7: { // a line dropped or doubled
            const qsizetype start = b.lastIndexOf('\n', at - 1) + 1;
            qsizetype end = b.indexOf('\n', at);
            end = end < 0 ? b.size() : end + 1;
            if (rng() % 2) {
                b.remove(start, end - start);
                done << u"dropline@%1"_s.arg(start);
            } else {
                b.insert(end, b.mid(start, end - start));
                done << u"dupline@%1"_s.arg(start);
            }
            break;
        }
        case 8: { // a delimiter turned into a quote, a line end or a tab
            const qsizetype comma = b.indexOf(',', at);
            if (comma >= 0) {
                static const char* with[] = {"\"", "\r\n", "\t", ",\""};
                b.replace(comma, 1, with[rng() % 4]);
            }
            done << u"delim@%1"_s.arg(comma);
            break;
        }
        case 9: // a CR alone, as old Mac files end lines
            b.insert(at, '\r');
            done << u"cr@%1"_s.arg(at);
            break;
        default: { // a random byte
            b.insert(at, char(rng() % 256));
            done << u"byte@%1"_s.arg(at);
            break;
        }
        }
    }
    *what = done.join(u' ');
    return b;
}

// ---- running --------------------------------------------------------------------------------

struct Run {
    enum Outcome { Exited, Crashed, Hung } outcome = Exited;
    int exitCode = -1;
    QByteArray err;
    QByteArray out;
};

Run runCli(const QString& dir, const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, dir + u"/xdg"_s);
    env.insert(u"HOME"_s, dir);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    // YUFANG_CLI runs a copy, so a long run can go on while the tree is rebuilt.
    p.start(qEnvironmentVariable("YUFANG_CLI", QStringLiteral(YUFANG_CLI_PATH)),
            QStringList{u"--lang"_s, u"en"_s} + args);
    Run r;
    REQUIRE(p.waitForStarted(-1));
    if (!p.waitForFinished(120000)) { // a hang, not a timing assertion
        p.kill();
        p.waitForFinished(-1);
        r.outcome = Run::Hung;
        return r;
    }
    r.outcome = p.exitStatus() == QProcess::NormalExit ? Run::Exited : Run::Crashed;
    r.exitCode = p.exitCode();
    r.err = p.readAllStandardError();
    r.out = p.readAllStandardOutput();
    return r;
}

void copyFile(const QString& from, const QString& to) {
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

struct Tally {
    int cases = 0, accepted = 0, rejected = 0;
    QStringList failures;
};

int envInt(const char* name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

// Fuzzes one importer through the CLI; failures are collected with what reproduces them.
void fuzzImporter(const Importer& imp, int cases, quint64 seed, const QString& dir, Tally* tally) {
    const QString fresh = dir + u"/fresh-"_s + imp.name + u".sqlite"_s;
    const QString seeded = dir + u"/seeded-"_s + imp.name + u".sqlite"_s;
    REQUIRE(runCli(dir, {u"--db"_s, fresh, u"init"_s}).exitCode == 0);
    copyFile(fresh, seeded);
    const QString seedPath = dir + u"/seed-"_s + imp.name + u".csv"_s;
    {
        QFile f(seedPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(imp.seed);
    }
    if (imp.command.first() != u"float"_s) {
        const Run s =
            runCli(dir, QStringList{u"--db"_s, seeded} + imp.command + QStringList{seedPath});
        INFO(imp.name.toStdString() << " seed: " << s.err.toStdString());
        REQUIRE(s.exitCode == 0);
    }
    const QString base = imp.replaces ? seeded : fresh;
    const QByteArray baseDigest = digest(base);
    const auto baseValues = textValues(base);
    std::mt19937_64 rng(seed);
    const QString db = dir + u"/case.sqlite"_s;
    const QString file = dir + u"/case-"_s + imp.name + u".csv"_s;
    for (int i = 0; i < cases; ++i) {
        QString what;
        const QByteArray bytes = mutate(imp.seed, rng, &what);
        {
            QFile f(file);
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        copyFile(base, db);
        const Run r = runCli(dir, QStringList{u"--db"_s, db} + imp.command + QStringList{file});
        ++tally->cases;
        const QString id = u"%1 seed %2 case %3 (%4)"_s.arg(imp.name).arg(seed).arg(i).arg(what);
        auto fail = [&](const QString& why) {
            const QString keep = dir + u"/failed-%1-%2.csv"_s.arg(imp.name).arg(i);
            QFile::copy(file, keep);
            tally->failures << id + u": "_s + why + u" [kept as "_s + keep + u"] "_s +
                                   QString::fromUtf8(r.err.left(300));
        };
        if (r.outcome == Run::Crashed) {
            fail(u"crashed"_s);
            continue;
        }
        if (r.outcome == Run::Hung) {
            fail(u"hung"_s);
            continue;
        }
        if (r.exitCode == 1) {
            ++tally->rejected;
            if (digest(db) != baseDigest)
                fail(u"rejected, yet the database changed"_s);
            if (r.err.isEmpty())
                fail(u"rejected without a message"_s);
            continue;
        }
        if (r.exitCode != 0) {
            fail(u"exit code %1"_s.arg(r.exitCode));
            continue;
        }
        ++tally->accepted;
        const Reference ref = referenceRead(bytes);
        if (!ref.clean) {
            fail(u"accepted a file the strict reading refuses: "_s + ref.why);
            continue;
        }
        if (imp.command.first() == u"float"_s) {
            if (digest(db) != baseDigest)
                fail(u"float changed the database"_s);
            continue;
        }
        for (const QString& v : addedValues(baseValues, textValues(db))) {
            const QString value = v.section(u'=', 1);
            if (!computedValue(value) && !isPartOfSomeCell(value, ref)) {
                fail(u"stored a value no cell holds: "_s + v.left(200));
                break;
            }
        }
    }
}

// Experts are imported in the GUI only: the same mutations through readExpertCsv.
void fuzzExperts(int cases, quint64 seed, Tally* tally) {
    const QByteArray seedBytes = utf8WithBom(experts());
    REQUIRE(readExpertCsv(seedBytes, u"e.csv"_s).experts.size() == 2);
    std::mt19937_64 rng(seed);
    for (int i = 0; i < cases; ++i) {
        QString what;
        const QByteArray bytes = mutate(seedBytes, rng, &what);
        const ExpertCsvRead read = readExpertCsv(bytes, u"e.csv"_s);
        ++tally->cases;
        if (hasErrors(read.diagnostics)) {
            ++tally->rejected;
            continue;
        }
        ++tally->accepted;
        const Reference ref = referenceRead(bytes);
        const QString id = u"experts seed %1 case %2 (%3)"_s.arg(seed).arg(i).arg(what);
        if (!ref.clean) {
            tally->failures << id + u": accepted a file the strict reading refuses: "_s + ref.why;
            continue;
        }
        for (const Expert& e : read.experts)
            for (const QString& v : {e.name, e.employer, e.title, e.contact})
                if (!isPartOfSomeCell(v, ref))
                    tally->failures << id + u": read a value no cell holds: "_s + v.left(200);
    }
}
} // namespace

TEST_CASE("The strict reference reading agrees with the seeds and refuses stray quotes",
          "[cli][fuzz]") {
    for (const Importer& imp : importers()) {
        CAPTURE(imp.name.toStdString());
        CHECK(referenceRead(imp.seed).clean);
    }
    CHECK(referenceRead(utf8WithBom(experts())).clean);
    CHECK_FALSE(referenceRead("a,\"b\r\nc,d\r\n").clean);
    CHECK_FALSE(referenceRead("a,b\"c\r\n").clean);
    CHECK_FALSE(referenceRead(QByteArray("a,b\0c\r\n", 7)).clean);
    CHECK_FALSE(referenceRead("a,\xE5\r\n").clean);
}

TEST_CASE("Mutated files never crash - hang - or land damaged in any importer", "[cli][fuzz]") {
    // Each of its hundreds of cases starts from a copy of a seeded database FILE and compares
    // the file's bytes after a refusal. What it fuzzes, the importers' reading of a file, is
    // the same on a server; that a refused import leaves a server unchanged is checked by the
    // input-fault tests (cli_input_faults_test), which run on both backends.
    YUFANG_SQLITE_ONLY();
    const int total = envInt("YUFANG_FUZZ_CASES", 240);
    const quint64 seed = quint64(envInt("YUFANG_FUZZ_SEED", 20));
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    if (qEnvironmentVariableIsSet("YUFANG_FUZZ_KEEP"))
        tmp.setAutoRemove(false);
    const QList<Importer> all = importers();
    const int per = qMax(1, total / int(all.size() + 1));
    Tally tally;
    for (const Importer& imp : all)
        fuzzImporter(imp, per, seed, tmp.path(), &tally);
    fuzzExperts(per, seed, &tally);
    WARN("fuzz: " << tally.cases << " cases (seed " << seed << "), " << tally.accepted
                  << " accepted, " << tally.rejected << " rejected, " << tally.failures.size()
                  << " failures");
    for (const QString& f : tally.failures)
        UNSCOPED_INFO(f.toStdString());
    CHECK(tally.failures.isEmpty());
    CHECK(tally.cases == per * int(all.size() + 1));
}
