#pragma once

#include "models/lessons/lessontypes.h"

#include <QDialog>

class LessonBook;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

/**
 * The school day's periods (节次), edited in the window as `phoenixctl periods` does from a shell:
 * start and end per row, add after the last, remove, generate a whole day ("08:00 to 17:00 in
 * 45-minute periods with 10-minute breaks") or go back to the default 06:00–20:00 in 40 minutes.
 * Every edit is checked at once with the core's rules (a period ends after it starts, none
 * overlap); Save stays disabled while the list has a problem, and writes through the LessonBook
 * (a worker thread). Lessons keep their times: periods are how the grid and the editors offer them.
 */
class PeriodsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeriodsDialog(LessonBook *book, QWidget *parent = nullptr);

    void setPeriods(const QList<Period> &periods);
    /** The rows as they are (not sorted or renamed). */
    [[nodiscard]] QList<Period> periods() const;
    /** The problems of the rows (empty when Save may go). */
    [[nodiscard]] QStringList problems() const { return m_problems; }

    void addPeriod();
    void removeSelected();
    void generate(QTime from, QTime to, int minutes, int pause);
    void resetToDefault();
    void save();

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void check();

    LessonBook *m_book;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_reset;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QSpinBox *m_minutes;
    QSpinBox *m_break;
    QPushButton *m_generate;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QList<QPair<QLabel *, const char *>> m_labels;
    QStringList m_problems;
    bool m_saving = false;
};
