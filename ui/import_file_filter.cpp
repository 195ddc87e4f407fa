#include "import_file_filter.h"

#include <QCoreApplication>

namespace yufang {

QString importFileFilter() {
    return QCoreApplication::translate(
        "ImportFileFilter", "CSV and Excel files (*.csv *.txt *.xlsx *.xls);;All files (*)");
}

} // namespace yufang
