#include "ui/calendarview.h"

#include "models/lessons/lessonbook.h"
#include "models/lessons/lessonstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
QTableWidget *makeTable(QWidget *parent, const QString &name, int columns)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(name);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

QDateEdit *makeDate(QWidget *parent, const QString &name)
{
    auto *d = new QDateEdit(QDate::currentDate(), parent);
    d->setObjectName(name);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return d;
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

CalendarView::CalendarView(LessonBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_termBox(new QGroupBox(this))
    , m_holidayBox(new QGroupBox(this))
    , m_makeupBox(new QGroupBox(this))
    , m_terms(makeTable(this, QStringLiteral("termTable"), 3))
    , m_holidays(makeTable(this, QStringLiteral("holidayTable"), 3))
    , m_makeups(makeTable(this, QStringLiteral("makeupTable"), 3))
    , m_termName(new QLineEdit(this))
    , m_termFrom(makeDate(this, QStringLiteral("termFrom")))
    , m_termTo(makeDate(this, QStringLiteral("termTo")))
    , m_addTerm(new QPushButton(this))
    , m_removeTerm(new QPushButton(this))
    , m_holidayName(new QLineEdit(this))
    , m_holidayFrom(makeDate(this, QStringLiteral("holidayFrom")))
    , m_holidayTo(makeDate(this, QStringLiteral("holidayTo")))
    , m_addHoliday(new QPushButton(this))
    , m_removeHoliday(new QPushButton(this))
    , m_makeupName(new QLineEdit(this))
    , m_makeupDate(makeDate(this, QStringLiteral("makeupDate")))
    , m_makeupAs(new QComboBox(this))
    , m_addMakeup(new QPushButton(this))
    , m_removeMakeup(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarView"));
    m_termName->setObjectName(QStringLiteral("termName"));
    m_holidayName->setObjectName(QStringLiteral("holidayName"));
    m_makeupName->setObjectName(QStringLiteral("makeupName"));
    m_makeupAs->setObjectName(QStringLiteral("makeupAs"));
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_message->setWordWrap(true);
    m_termTo->setDate(QDate::currentDate().addMonths(5));
    for (int d = 1; d <= 7; ++d)
        m_makeupAs->addItem(QString(), d);

    auto box = [this](QGroupBox *group, QTableWidget *table, QList<QWidget *> inputs, QPushButton *add, QPushButton *remove) {
        auto *l = new QVBoxLayout(group);
        l->addWidget(table, 1);
        auto *row = new QHBoxLayout;
        for (QWidget *w : inputs)
            row->addWidget(w, qobject_cast<QLineEdit *>(w) ? 1 : 0);
        row->addWidget(add);
        l->addLayout(row);
        l->addWidget(remove, 0, Qt::AlignRight);
    };
    box(m_termBox, m_terms, {m_termName, m_termFrom, m_termTo}, m_addTerm, m_removeTerm);
    box(m_holidayBox, m_holidays, {m_holidayName, m_holidayFrom, m_holidayTo}, m_addHoliday, m_removeHoliday);
    box(m_makeupBox, m_makeups, {m_makeupName, m_makeupDate, m_makeupAs}, m_addMakeup, m_removeMakeup);
    auto *row = new QHBoxLayout;
    row->addWidget(m_termBox);
    row->addWidget(m_holidayBox);
    row->addWidget(m_makeupBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(row, 1);

    connect(m_holidayFrom, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_holidayTo->date() < d)
            m_holidayTo->setDate(d);
    });
    connect(m_makeupDate, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        // A make-up day is mostly a weekend day worked as the Friday/Monday it swaps with.
        if (d.dayOfWeek() <= 5)
            m_makeupAs->setCurrentIndex(d.dayOfWeek() - 1);
    });
    connect(m_addTerm, &QPushButton::clicked, this,
            [this] { addTerm(Term{m_termName->text().trimmed(), m_termFrom->date(), m_termTo->date()}); });
    connect(m_addHoliday, &QPushButton::clicked, this,
            [this] { addHoliday(Holiday{m_holidayFrom->date(), m_holidayTo->date(), m_holidayName->text().trimmed()}); });
    connect(m_addMakeup, &QPushButton::clicked, this, [this] {
        addMakeup(MakeupDay{m_makeupDate->date(), m_makeupAs->currentData().toInt(), m_makeupName->text().trimmed()});
    });
    connect(m_removeTerm, &QPushButton::clicked, this, [this] { removeSelected(m_terms); });
    connect(m_removeHoliday, &QPushButton::clicked, this, [this] { removeSelected(m_holidays); });
    connect(m_removeMakeup, &QPushButton::clicked, this, [this] { removeSelected(m_makeups); });
    connect(m_book, &LessonBook::changed, this, &CalendarView::onSchoolChanged);
    retranslate();
    onSchoolChanged();
}

void CalendarView::showResult(const CloudError &error, const QString &done)
{
    m_message->setText(error ? error.userMessage() : done);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c5221f;") : QString());
}

void CalendarView::addTerm(const Term &term)
{
    if (term.name.isEmpty())
        return showResult(CloudError::config(tr("A term needs a name.")), {});
    m_book->write([term](LessonStore &s) { return s.addTerm(term); }, this, [this, term](const CloudError &e) {
        showResult(e, tr("Term %1 saved: %2 – %3.").arg(term.name, isoDate(term.from), isoDate(term.to)));
    });
}

void CalendarView::addHoliday(const Holiday &holiday)
{
    if (holiday.to < holiday.from)
        return showResult(CloudError::config(tr("The holiday ends before it starts.")), {});
    m_book->write([holiday](LessonStore &s) { return s.addHoliday(holiday); }, this, [this, holiday](const CloudError &e) {
        showResult(e, tr("Holiday saved: %1 – %2. No lesson runs and no desktop is warmed on these days.")
                          .arg(isoDate(holiday.from), isoDate(holiday.to)));
    });
}

void CalendarView::addMakeup(const MakeupDay &day)
{
    m_book->write([day](LessonStore &s) { return s.addMakeup(day); }, this, [this, day](const CloudError &e) {
        showResult(e, tr("Make-up day saved: %1 is taught as a %2.")
                          .arg(QLocale().toString(day.date, QLocale::ShortFormat), QLocale().dayName(day.asWeekday)));
    });
}

void CalendarView::removeSelected(QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return;
    const QVariant key = table->item(row, 0)->data(Qt::UserRole);
    if (table == m_terms) {
        const QString name = key.toString();
        m_book->write([name](LessonStore &s) { return LessonBook::removeTerm(s, name); }, this,
                      [this, name](const CloudError &e) { showResult(e, tr("Term %1 removed.").arg(name)); });
    } else if (table == m_holidays) {
        const QDate from = key.toDate();
        m_book->write([from](LessonStore &s) { return s.removeHoliday(from); }, this,
                      [this, from](const CloudError &e) { showResult(e, tr("Holiday from %1 removed.").arg(isoDate(from))); });
    } else {
        const QDate day = key.toDate();
        m_book->write([day](LessonStore &s) { return s.removeMakeup(day); }, this,
                      [this, day](const CloudError &e) { showResult(e, tr("Make-up day %1 removed.").arg(isoDate(day))); });
    }
}

void CalendarView::onSchoolChanged()
{
    const SchoolCalendar &cal = m_book->snapshot().calendar;
    const QLocale locale;
    auto cell = [](const QString &text, const QVariant &key = {}) {
        auto *item = new QTableWidgetItem(text);
        if (key.isValid())
            item->setData(Qt::UserRole, key);
        return item;
    };
    m_terms->setRowCount(int(cal.terms.size()));
    for (int i = 0; i < cal.terms.size(); ++i) {
        const Term &t = cal.terms.at(i);
        m_terms->setItem(i, 0, cell(t.name, t.name));
        m_terms->setItem(i, 1, cell(isoDate(t.from)));
        m_terms->setItem(i, 2, cell(isoDate(t.to)));
    }
    m_holidays->setRowCount(int(cal.holidays.size()));
    for (int i = 0; i < cal.holidays.size(); ++i) {
        const Holiday &h = cal.holidays.at(i);
        m_holidays->setItem(i, 0, cell(isoDate(h.from), h.from));
        m_holidays->setItem(i, 1, cell(isoDate(h.to)));
        m_holidays->setItem(i, 2, cell(h.name));
    }
    m_makeups->setRowCount(int(cal.makeups.size()));
    for (int i = 0; i < cal.makeups.size(); ++i) {
        const MakeupDay &m = cal.makeups.at(i);
        m_makeups->setItem(i, 0, cell(QStringLiteral("%1 %2").arg(isoDate(m.date), locale.dayName(m.date.dayOfWeek(), QLocale::ShortFormat)), m.date));
        m_makeups->setItem(i, 1, cell(locale.dayName(m.asWeekday)));
        m_makeups->setItem(i, 2, cell(m.name));
    }
    const bool available = m_book->isAvailable();
    for (QPushButton *b : {m_addTerm, m_addHoliday, m_addMakeup, m_removeTerm, m_removeHoliday, m_removeMakeup})
        b->setEnabled(available);
}

void CalendarView::retranslate()
{
    m_termBox->setTitle(tr("Terms"));
    m_holidayBox->setTitle(tr("Holidays"));
    m_makeupBox->setTitle(tr("Make-up days"));
    m_terms->setHorizontalHeaderLabels({tr("Term"), tr("First day"), tr("Last day")});
    m_holidays->setHorizontalHeaderLabels({tr("First day"), tr("Last day"), tr("Name")});
    m_makeups->setHorizontalHeaderLabels({tr("Day"), tr("Taught as"), tr("Name")});
    m_terms->setAccessibleName(tr("Terms"));
    m_holidays->setAccessibleName(tr("Holidays"));
    m_makeups->setAccessibleName(tr("Make-up days"));
    m_termName->setPlaceholderText(tr("Term name"));
    m_termName->setAccessibleName(tr("Term name"));
    m_termFrom->setAccessibleName(tr("First day of the term"));
    m_termTo->setAccessibleName(tr("Last day of the term"));
    m_holidayName->setPlaceholderText(tr("Holiday name"));
    m_holidayName->setAccessibleName(tr("Holiday name"));
    m_holidayFrom->setAccessibleName(tr("First day of the holiday"));
    m_holidayTo->setAccessibleName(tr("Last day of the holiday"));
    m_makeupName->setPlaceholderText(tr("Make-up day name"));
    m_makeupName->setAccessibleName(tr("Make-up day name"));
    m_makeupDate->setAccessibleName(tr("Make-up day"));
    m_makeupAs->setAccessibleName(tr("Taught as weekday"));
    m_makeupAs->setToolTip(tr("The make-up day follows the timetable of this weekday."));
    for (int i = 0; i < m_makeupAs->count(); ++i)
        m_makeupAs->setItemText(i, tr("as %1").arg(QLocale().dayName(i + 1)));
    for (QPushButton *b : {m_addTerm, m_addHoliday, m_addMakeup})
        b->setText(tr("Add"));
    m_addTerm->setAccessibleName(tr("Add term"));
    m_addHoliday->setAccessibleName(tr("Add holiday"));
    m_addMakeup->setAccessibleName(tr("Add make-up day"));
    m_removeTerm->setText(tr("Remove term"));
    m_removeHoliday->setText(tr("Remove holiday"));
    m_removeMakeup->setText(tr("Remove make-up day"));
    onSchoolChanged();
}

void CalendarView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}
