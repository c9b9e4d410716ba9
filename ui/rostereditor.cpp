#include "ui/rostereditor.h"

#include "models/lessons/lessonbook.h"
#include "models/lessons/lessonstore.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

RosterEditor::RosterEditor(LessonBook *book, const QString &course, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_course(course)
    , m_model(new RosterTableModel(this))
    , m_table(new QTableView(this))
    , m_problems(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("rosterEditor"));
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_problems->setObjectName(QStringLiteral("rosterProblems"));
    m_status->setObjectName(QStringLiteral("rosterStatus"));
    m_import->setObjectName(QStringLiteral("rosterImport"));
    m_save->setObjectName(QStringLiteral("rosterSave"));
    m_discard->setObjectName(QStringLiteral("rosterDiscard"));
    m_export->setObjectName(QStringLiteral("rosterExport"));

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RosterTableModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_problems->setMaximumHeight(120);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    connect(m_import, &QPushButton::clicked, this, &RosterEditor::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &RosterEditor::chooseExport);
    connect(m_save, &QPushButton::clicked, this, &RosterEditor::saveImport);
    connect(m_discard, &QPushButton::clicked, this, &RosterEditor::showStored);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        // Jump to the line in the table.
        const int line = item->data(Qt::UserRole).toInt();
        for (int r = 0; r < m_table->model()->rowCount(); ++r) {
            const QModelIndex i = m_table->model()->index(r, RosterTableModel::LineColumn);
            if (i.data().toInt() == line) {
                m_table->setCurrentIndex(i);
                m_table->scrollTo(i);
                m_table->setFocus();
                break;
            }
        }
    });
    retranslate();
    showStored();
    resize(720, 560);
}

RosterCsv::Rules RosterEditor::rules() const
{
    RosterCsv::Rules r;
    if (const auto c = m_book->snapshot().course(m_course)) {
        r.capacity = c->capacity;
        r.teacher = c->teacher;
        r.classroomSeats = m_book->snapshot().classroomSeats(c->classroom);
    }
    return r;
}

void RosterEditor::showStored()
{
    m_hasPreview = false;
    m_preview = RosterPreview();
    const QList<RosterSeat> seats = m_book->snapshot().rosters.value(m_course);
    m_model->setSeats(seats);
    m_table->setColumnHidden(RosterTableModel::LineColumn, true);
    m_table->setColumnHidden(RosterTableModel::ProblemColumn, true);
    m_table->sortByColumn(RosterTableModel::SeatColumn, Qt::AscendingOrder);
    m_problems->clear();
    m_problems->hide();
    m_save->setEnabled(false);
    m_discard->setEnabled(false);
    m_export->setEnabled(!seats.isEmpty());
    setStatus(tr("%1: %n student(s) on the roster.", nullptr, int(seats.size())).arg(m_course), false);
}

bool RosterEditor::previewFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()), true);
        return false;
    }
    if (file.size() > 16 * 1024 * 1024) {
        setStatus(tr("%1 is larger than 16 MB; a roster is a few kilobytes.").arg(QFileInfo(path).fileName()), true);
        return false;
    }
    previewBytes(file.readAll(), QFileInfo(path).fileName());
    return true;
}

void RosterEditor::previewBytes(const QByteArray &bytes, const QString &source)
{
    m_preview = RosterPreview::read(bytes, rules());
    m_hasPreview = true;
    m_model->setPreview(m_preview);
    m_table->setColumnHidden(RosterTableModel::LineColumn, false);
    m_table->setColumnHidden(RosterTableModel::ProblemColumn, false);
    m_table->sortByColumn(RosterTableModel::LineColumn, Qt::AscendingOrder);
    m_problems->clear();
    for (const QString &p : std::as_const(m_preview.fileProblems))
        m_problems->addItem(p);
    for (const RosterPreviewRow &r : std::as_const(m_preview.rows)) {
        if (r.problem.isEmpty())
            continue;
        auto *item = new QListWidgetItem(RosterCsv::tr("line %1: %2").arg(r.line).arg(r.problem), m_problems);
        item->setData(Qt::UserRole, r.line);
    }
    m_problems->setVisible(m_problems->count() > 0);
    const bool ok = m_preview.import.ok();
    m_save->setEnabled(ok && m_book->isAvailable());
    m_discard->setEnabled(true);
    if (ok)
        setStatus(tr("%1 (%2): %n student(s) ready to import. Save replaces the roster of %3.", nullptr,
                     int(m_preview.import.seats.size()))
                      .arg(source, m_preview.import.encoding, m_course),
                  false);
    else
        setStatus(tr("%1 (%2): %n problem(s); nothing is imported until the file is fixed.", nullptr,
                     int(m_preview.import.problems.size()))
                      .arg(source, m_preview.import.encoding.isEmpty() ? tr("unknown encoding") : m_preview.import.encoding),
                  true);
}

void RosterEditor::saveImport()
{
    if (!m_hasPreview || !m_preview.import.ok())
        return;
    const QList<RosterSeat> seats = m_preview.import.seats;
    const QString code = m_course;
    m_save->setEnabled(false);
    m_book->write([code, seats](LessonStore &store) { return store.replaceRoster(code, seats); }, this,
                  [this, n = int(seats.size())](const CloudError &e) {
                      if (e) {
                          m_save->setEnabled(true);
                          setStatus(e.userMessage(), true);
                          return;
                      }
                      showStored();
                      setStatus(tr("Roster of %1 saved: %n student(s).", nullptr, n).arg(m_course), false);
                      Q_EMIT saved(n);
                  });
}

bool RosterEditor::exportTo(const QString &path)
{
    const QString csv = RosterCsv::toCsv(m_book->snapshot().rosters.value(m_course));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv.toUtf8()) < 0 || !f.commit()) {
        setStatus(tr("Cannot write %1: %2").arg(path, f.errorString()), true);
        return false;
    }
    setStatus(tr("Roster written to %1.").arg(QFileInfo(path).fileName()), false);
    return true;
}

void RosterEditor::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Import roster"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { previewFile(path); });
    dialog->open();
}

void RosterEditor::chooseExport()
{
    auto *dialog = new QFileDialog(this, tr("Export roster"), m_course + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportTo(path); });
    dialog->open();
}

void RosterEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c5221f;") : QString());
}

void RosterEditor::retranslate()
{
    setWindowTitle(tr("Roster of %1").arg(m_course));
    m_import->setText(tr("&Import CSV…"));
    m_import->setToolTip(tr("A CSV file with the header owner,seat (UTF-8 or GBK); every line is checked before anything is saved."));
    m_save->setText(tr("&Save import"));
    m_discard->setText(tr("&Discard preview"));
    m_export->setText(tr("E&xport CSV…"));
    m_close->setText(tr("Close"));
    m_table->setAccessibleName(tr("Roster"));
    m_problems->setAccessibleName(tr("Problems by line"));
    m_status->setAccessibleName(tr("Roster status"));
}

void RosterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
