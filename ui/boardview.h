#pragma once

#include "models/items/boardmodel.h"
#include "models/lessons/lessontypes.h"

#include <QStyledItemDelegate>
#include <QWidget>

#include <functional>

#include <optional>

class ClassroomContext;
class LessonStore;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

/** Paints a seat as a tile: owner, state and address, coloured by state; failed ones outlined. */
class TileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static QColor colour(SeatState state);
};

/**
 * The readiness board of a course's current lesson (or the next one): a tile per seat laid out
 * as the classroom's seating plan, "27 of 30 ready", the failed tiles with their reason, and
 * Fix all, Start now, Extend 10 min, Supply 2 more. It follows the shared inventory and the tasks
 * live (BoardModel::update: dataChanged only). A member sees their own courses only.
 */
class BoardView : public QWidget
{
    Q_OBJECT

public:
    explicit BoardView(ClassroomContext *context, QWidget *parent = nullptr);

    void showCourse(const QString &courseCode);
    [[nodiscard]] QString course() const;
    [[nodiscard]] BoardModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tiles() const { return m_view; }
    [[nodiscard]] QComboBox *courseBox() const { return m_courses; }
    [[nodiscard]] QComboBox *lessonBox() const { return m_lesson; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    [[nodiscard]] QPushButton *fixAllButton() const { return m_fixAll; }
    [[nodiscard]] QPushButton *startNowButton() const { return m_startNow; }
    [[nodiscard]] QPushButton *extendButton() const { return m_extend; }
    [[nodiscard]] QPushButton *supplyButton() const { return m_supply; }
    /** The lesson on the board, if any. */
    [[nodiscard]] std::optional<Occurrence> lesson() const { return m_occurrence; }

    void fixAll();
    void startNow();
    void extend(int minutes = 10);
    void supply(int count = 2);

Q_SIGNALS:
    /** Fix all submitted these batches (tests follow them). */
    void fixSubmitted(const QStringList &batchIds);
    void operationDone(const QString &text, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCourses();
    void rebuild();  // another course, lesson or plan: lay the grid out
    void updateLive(); // the same lesson, new desktop facts
    void updateHeader();
    ClassReadiness evaluate() const;
    void runStore(const QString &busyText, std::function<Result<QString>(LessonStore *)> work);

    ClassroomContext *m_context;
    BoardModel *m_model;
    QComboBox *m_courses;
    QComboBox *m_lesson;
    QLabel *m_courseLabel;
    QLabel *m_lessonLabel;
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_detail;
    QTableView *m_view;
    QPushButton *m_fixAll;
    QPushButton *m_startNow;
    QPushButton *m_extend;
    QPushButton *m_supply;
    std::optional<Occurrence> m_occurrence;
    QString m_wantedCourse;
    bool m_working = false;
};
