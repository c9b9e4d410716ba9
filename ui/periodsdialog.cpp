#include "ui/periodsdialog.h"

#include "models/lessons/lessonbook.h"
#include "models/lessons/lessonstore.h"
#include "models/lessons/timetable.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace
{
const QString ClockFormat = QStringLiteral("HH:mm");

QTableWidgetItem *timeItem(QTime time)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, time); // the default delegate edits a QTime with a QTimeEdit
    return item;
}

QTime timeOf(const QTableWidgetItem *item)
{
    return item ? item->data(Qt::EditRole).toTime() : QTime();
}
} // namespace

PeriodsDialog::PeriodsDialog(LessonBook *book, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_from(new QTimeEdit(QTime(8, 0), this))
    , m_to(new QTimeEdit(QTime(17, 0), this))
    , m_minutes(new QSpinBox(this))
    , m_break(new QSpinBox(this))
    , m_generate(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    setObjectName(QStringLiteral("periodsDialog"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_from->setDisplayFormat(ClockFormat);
    m_to->setDisplayFormat(ClockFormat);
    m_minutes->setRange(5, 240);
    m_minutes->setValue(45);
    m_break->setRange(0, 120);
    m_break->setValue(10);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto label = [this](QWidget *buddy, const char *text) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels << qMakePair(l, text);
        return l;
    };
    auto *rows = new QHBoxLayout;
    rows->addWidget(m_add);
    rows->addWidget(m_remove);
    rows->addStretch(1);
    rows->addWidget(m_reset);
    auto *gen = new QHBoxLayout;
    gen->addWidget(label(m_from, QT_TR_NOOP("&From")));
    gen->addWidget(m_from);
    gen->addWidget(label(m_to, QT_TR_NOOP("&to")));
    gen->addWidget(m_to);
    gen->addWidget(label(m_minutes, QT_TR_NOOP("in &periods of")));
    gen->addWidget(m_minutes);
    gen->addWidget(label(m_break, QT_TR_NOOP("with &breaks of")));
    gen->addWidget(m_break);
    gen->addWidget(m_generate);
    gen->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(rows);
    layout->addLayout(gen);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &PeriodsDialog::check);
    connect(m_add, &QPushButton::clicked, this, &PeriodsDialog::addPeriod);
    connect(m_remove, &QPushButton::clicked, this, &PeriodsDialog::removeSelected);
    connect(m_reset, &QPushButton::clicked, this, &PeriodsDialog::resetToDefault);
    connect(m_generate, &QPushButton::clicked, this,
            [this] { generate(m_from->time(), m_to->time(), m_minutes->value(), m_break->value()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PeriodsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    setPeriods(m_book->snapshot().periods.isEmpty() ? Timetable::defaultPeriods() : m_book->snapshot().periods);
    resize(560, 520);
}

void PeriodsDialog::setPeriods(const QList<Period> &periods)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(periods.size()));
    for (int i = 0; i < periods.size(); ++i) {
        m_table->setItem(i, 0, timeItem(periods.at(i).start));
        m_table->setItem(i, 1, timeItem(periods.at(i).end));
    }
    check();
}

QList<Period> PeriodsDialog::periods() const
{
    QList<Period> out;
    for (int i = 0; i < m_table->rowCount(); ++i)
        out << Period{QString::number(i + 1), timeOf(m_table->item(i, 0)), timeOf(m_table->item(i, 1))};
    return out;
}

void PeriodsDialog::addPeriod()
{
    // After the last one, as long as it and with the same gap before it as the one before had.
    QList<Period> list = periods();
    QTime start(8, 0);
    int length = 45 * 60;
    if (!list.isEmpty()) {
        const Period &last = list.last();
        length = std::max(60, int(last.start.secsTo(last.end)));
        const int gap = list.size() > 1 ? std::max(0, int(list.at(list.size() - 2).end.secsTo(last.start))) : 0;
        start = last.end.addSecs(gap);
        if (start < last.end || start.addSecs(length) < start) // past midnight: leave it for the user to set
            start = last.end;
    }
    list << Period{QString(), start, start.addSecs(length)};
    setPeriods(list);
    m_table->setCurrentCell(int(list.size()) - 1, 0);
}

void PeriodsDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    {
        const QSignalBlocker block(m_table);
        for (int row : std::as_const(rows))
            m_table->removeRow(row);
    }
    check();
}

void PeriodsDialog::generate(QTime from, QTime to, int minutes, int pause)
{
    const QList<Period> list = Timetable::generatePeriods(from, to, minutes, pause);
    if (list.isEmpty()) {
        m_message->setText(tr("No %1-minute period fits between %2 and %3; the list was not changed.")
                               .arg(minutes)
                               .arg(from.toString(ClockFormat), to.toString(ClockFormat)));
        m_message->setStyleSheet(QStringLiteral("color: #c5221f;"));
        return;
    }
    setPeriods(list);
}

void PeriodsDialog::resetToDefault()
{
    setPeriods(Timetable::defaultPeriods());
}

void PeriodsDialog::check()
{
    const QList<Period> rows = periods();
    QList<Period> list = rows;
    m_problems = list.isEmpty() ? QStringList{tr("A school day needs at least one period.")}
                                : Timetable::normalizePeriods(&list);
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const Period &p = rows.at(i);
        const bool bad = !(p.start < p.end);
        for (int c = 0; c < 2; ++c) {
            if (QTableWidgetItem *item = m_table->item(i, c)) {
                const QSignalBlocker block(m_table);
                item->setForeground(bad ? QColor(0xc5, 0x22, 0x1f) : m_table->palette().color(QPalette::Text));
            }
        }
    }
    if (m_problems.isEmpty()) {
        const Period &first = list.first();
        const Period &last = list.last();
        m_message->setText(tr("%n period(s), %1 to %2.", nullptr, int(list.size()))
                               .arg(first.start.toString(ClockFormat), last.end.toString(ClockFormat)));
        m_message->setStyleSheet(QString());
    } else {
        m_message->setText(m_problems.join(QLatin1Char('\n')));
        m_message->setStyleSheet(QStringLiteral("color: #c5221f;"));
    }
    m_save->setEnabled(m_problems.isEmpty() && !m_saving && m_book->isAvailable());
}

void PeriodsDialog::save()
{
    QList<Period> list = periods();
    if (!Timetable::normalizePeriods(&list).isEmpty() || list.isEmpty() || m_saving)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    m_book->write([list](LessonStore &store) { return store.replacePeriods(list); }, this, [this](const CloudError &error) {
        m_saving = false;
        if (error) {
            check(); // Save back on; the error replaces the list's summary
            m_message->setText(error.userMessage());
            m_message->setStyleSheet(QStringLiteral("color: #c5221f;"));
            return;
        }
        Q_EMIT saved();
        accept();
    });
}

void PeriodsDialog::retranslate()
{
    setWindowTitle(tr("Periods of the school day"));
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    m_table->setHorizontalHeaderLabels({tr("Starts"), tr("Ends")});
    m_table->setAccessibleName(tr("Periods"));
    m_table->setToolTip(tr("Double-click or type to change a time. Periods are numbered by their start when saved."));
    m_add->setText(tr("&Add period"));
    m_remove->setText(tr("&Remove"));
    m_reset->setText(tr("Default (06:00–20:00, 40 min)"));
    m_generate->setText(tr("&Generate"));
    m_generate->setToolTip(tr("Replaces every period with whole periods between the two times."));
    m_minutes->setSuffix(tr(" min"));
    m_break->setSuffix(tr(" min"));
    m_save->setText(tr("&Save periods"));
}

void PeriodsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        check();
    }
    QDialog::changeEvent(event);
}
