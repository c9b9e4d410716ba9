#pragma once

#include "models/items/boardmodel.h"
#include "models/items/todaymodel.h"
#include "models/lessons/schooldata.h"
#include "models/lessons/lessonplanner.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class ClassroomContext;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

/** What the Today view computes off the GUI thread. */
struct TodayContent
{
    QList<TodayLesson> lessons;
    QStringList nextActions;  // translated lines
    QStringList needsPerson;  // translated lines
    int generation = 0;
};

/**
 * Today — the first view after connecting: today's and the next lessons with their state
 * (scheduled, warming up, ready N of M, running, reclaimed), the scheduler's next actions (the
 * LessonPlanner's plan for now and the coming warm-ups), the project's quota use as coloured bars
 * (desktops, vCPU, RAM, floating IPs) and the failures that need a person. A member sees their
 * own courses only. The lessons and the plan are worked out on a worker thread.
 */
class TodayView : public QWidget
{
    Q_OBJECT

public:
    explicit TodayView(ClassroomContext *context, QWidget *parent = nullptr);

    [[nodiscard]] TodayModel *model() const { return m_model; }
    [[nodiscard]] QTableView *lessonView() const { return m_view; }
    [[nodiscard]] QListWidget *actionList() const { return m_actions; }
    [[nodiscard]] QListWidget *failureList() const { return m_failures; }
    [[nodiscard]] QProgressBar *quotaBar(int i) const { return m_bars.value(i); }
    enum Quota { Desktops, Vcpus, Ram, FloatingIps, QuotaCount };
    /** Pure: the content for a snapshot, servers and facts at `now` (also used by the benchmark). */
    static TodayContent compute(const ClassroomSnapshot &school, const DesktopFacts &facts, const QDateTime &now,
                                const std::function<bool(const Course &)> &visible);
    /** Refreshes now (tests). */
    void refresh();
    void refreshQuota();
    /** True once a computation started by refresh() has been shown. */
    [[nodiscard]] bool isSettled() const { return !m_computing && !m_again; }

Q_SIGNALS:
    void boardRequested(const QString &courseCode);
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void apply(const TodayContent &content);
    void setBar(Quota q, qint64 used, qint64 max, const QString &unitText);
    void openSelected();

    ClassroomContext *m_context;
    TodayModel *m_model;
    QLabel *m_title;
    QLabel *m_status;
    QTableView *m_view;
    QLabel *m_actionsLabel;
    QListWidget *m_actions;
    QLabel *m_failuresLabel;
    QListWidget *m_failures;
    QLabel *m_quotaLabel;
    QList<QLabel *> m_barLabels;
    QList<QProgressBar *> m_bars;
    QPushButton *m_openBoard;
    QPushButton *m_refresh;
    QTimer m_tick;
    int m_generation = 0;
    bool m_computing = false;
    bool m_again = false;
    int m_networkQuota = -1;
    int m_floatingIps = -1;
};
