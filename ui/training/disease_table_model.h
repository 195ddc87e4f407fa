#pragma once

#include "domain/disease.h"

#include <QAbstractTableModel>

#include <optional>

namespace yufang {

// The occupational disease table: one row per key industry, then 合计. Counts are editable for a
// unit without children; 新发病例合计 and the total row are computed.
class DiseaseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IndustryColumn,
        PneumoconiosisColumn,
        OtherColumn,
        NewCasesColumn,
        DustExposedColumn,
        RemarkColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, SeverityRole, CountCellRole };

    explicit DiseaseTableModel(QObject* parent = nullptr);

    void setTable(const DiseaseTable& table, bool readOnly);
    const DiseaseTable& table() const { return m_table; }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const { return m_table != m_saved; }
    void markSaved();
    void revert() { setTable(m_saved, m_readOnly); }
    void setMeta(const QString& preparer, const QString& phone);
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    static std::optional<DiseaseField> fieldOf(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void revalidate();

    DiseaseTable m_table;
    DiseaseTable m_saved;
    bool m_readOnly = true;
    Diagnostics m_diagnostics;
};

} // namespace yufang
