#pragma once

#include "io/import/CsvColumnMapping.h"
#include "io/import/CsvPreview.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace kith {

class Clock;
class CsvColumnMappingModel;

// The column-mapping page for a CSV file of no known profile: each column to a Kith field, to be kept as
// an extra field, or ignored, with the first rows shown as the contacts they would become, live. An import of
// several such files shows one page per header, one after the other (setPosition).
class CsvMappingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvMappingDialog)

public:
    // `mapping` is where the page starts: the one remembered for this header, or the best guess.
    CsvMappingDialog(const QString& file, const CsvPreview& preview, const CsvColumnMapping& mapping, bool remembered,
                     const Clock& clock, QWidget* parent = nullptr);
    ~CsvMappingDialog() override;

    // This page is file `number` of `count` asked in one import; `sameColumns` are the other files of the import
    // with this header, read with the same answer. With one page and no such file, nothing changes.
    void setPosition(int number, int count, const QStringList& sameColumns);

    QString file() const { return m_file; }
    CsvColumnMapping mapping() const;
    CsvColumnMappingModel* mappingModel() const { return m_model; }
    QStandardItemModel* previewModel() const { return m_previewModel; }

private:
    void updatePreview();

    const QString m_file;
    const CsvPreview m_preview;
    const Clock& m_clock;
    CsvColumnMappingModel* m_model = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QTableView* m_columns = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_sameColumns = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kith
