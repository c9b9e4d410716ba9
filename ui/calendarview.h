#pragma once

#include "cloud/clouderror.h"
#include "models/lessons/lessontypes.h"

#include <QWidget>

class LessonBook;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

/**
 * The school calendar: terms (lessons only inside one, when any is set), holidays (no lesson, no
 * desktop warmed) and make-up days (a weekend day taught as the weekday it replaces — its lessons
 * follow that weekday's timetable). Each list has its own add and remove; writes go through the
 * LessonBook (worker thread).
 */
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarView(LessonBook *book, QWidget *parent = nullptr);

    void addTerm(const Term &term);
    void addHoliday(const Holiday &holiday);
    void addMakeup(const MakeupDay &day);
    void removeSelected(QTableWidget *table);

    [[nodiscard]] QTableWidget *termTable() const { return m_terms; }
    [[nodiscard]] QTableWidget *holidayTable() const { return m_holidays; }
    [[nodiscard]] QTableWidget *makeupTable() const { return m_makeups; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onSchoolChanged();
    void showResult(const CloudError &error, const QString &done);

    LessonBook *m_book;
    QGroupBox *m_termBox;
    QGroupBox *m_holidayBox;
    QGroupBox *m_makeupBox;
    QTableWidget *m_terms;
    QTableWidget *m_holidays;
    QTableWidget *m_makeups;
    QLineEdit *m_termName;
    QDateEdit *m_termFrom;
    QDateEdit *m_termTo;
    QPushButton *m_addTerm;
    QPushButton *m_removeTerm;
    QLineEdit *m_holidayName;
    QDateEdit *m_holidayFrom;
    QDateEdit *m_holidayTo;
    QPushButton *m_addHoliday;
    QPushButton *m_removeHoliday;
    QLineEdit *m_makeupName;
    QDateEdit *m_makeupDate;
    QComboBox *m_makeupAs;
    QPushButton *m_addMakeup;
    QPushButton *m_removeMakeup;
    QLabel *m_message;
};
