#include "table_sink.h"

namespace yufang {

namespace {
// Reads "1,234", "1.52%", "1.52‰" back into a value and a kind; false for text.
bool parseFormatted(QString text, TableCell* cell) {
    text.remove(QLatin1Char(','));
    CellKind kind = CellKind::Number;
    if (text.endsWith(QLatin1Char('%'))) {
        kind = CellKind::Percent;
        text.chop(1);
    } else if (text.endsWith(QChar(0x2030))) {
        kind = CellKind::Permille;
        text.chop(1);
    }
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok)
        return false;
    cell->kind = kind;
    cell->value = v;
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    cell->decimals = dot < 0 ? 0 : int(text.trimmed().size() - dot - 1);
    return true;
}
} // namespace

TableCell TableCell::num(qint64 v) {
    TableCell c{QString::number(v), true, CellKind::Number};
    c.value = double(v);
    c.decimals = 0;
    return c;
}

TableCell TableCell::num(const QString& formatted) {
    TableCell c{formatted, true};
    if (!parseFormatted(formatted, &c))
        c.kind = CellKind::Text;
    return c;
}

TableCell TableCell::num(double v, int decimals) {
    TableCell c{QString::number(v, 'f', decimals), true, CellKind::Number};
    c.value = v;
    c.decimals = decimals;
    return c;
}

TableCell TableCell::percent(const QString& shown) {
    TableCell c = num(shown);
    if (c.kind == CellKind::Number)
        c.kind = CellKind::Percent;
    return c;
}

TableCell TableCell::permille(const QString& shown) {
    TableCell c = num(shown);
    if (c.kind == CellKind::Number)
        c.kind = CellKind::Permille;
    return c;
}

TableCell TableCell::day(const QDate& d) {
    if (!d.isValid())
        return str({});
    TableCell c{d.toString(Qt::ISODate), false, CellKind::Date};
    c.date = d;
    return c;
}

void TableSink::addTextRow(const QStringList& cells) {
    QList<TableCell> row;
    row.reserve(cells.size());
    for (const QString& c : cells)
        row << TableCell::str(c);
    addRow(row);
}

} // namespace yufang
