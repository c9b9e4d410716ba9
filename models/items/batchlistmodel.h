#pragma once

#include "models/domain/tasktypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

/**
 * The batches of this session, newest first: title, progress, an outcome icon (running, done,
 * done with warnings, failed, cancelled) and a summary such as "8 of 10 done, 1 failed". Fed by TaskEngine::batchChanged (applyBatch); a new batch is inserted
 * at the top, a known one updated in place.
 */
class BatchListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        BatchIdRole = Qt::UserRole + 1,
        ProgressRole, // int 0..100: finished tasks / total
        FailedRole,   // int: failed (cancelled tasks are not failures)
        FinishedRole, // bool
        SummaryRole,  // QString, translated
        OutcomeRole   // int: TaskOutcome::Kind
    };

    explicit BatchListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setBatches(QList<BatchSnapshot> batches); // reset (connection switch)
    void applyBatch(const BatchSnapshot &batch);
    void retranslate();

    [[nodiscard]] int rowOf(const QString &batchId) const;
    [[nodiscard]] const BatchSnapshot &batchAt(int row) const { return m_batches.at(row); }
    [[nodiscard]] int runningBatches() const;

    static QString summary(const BatchSnapshot &batch);
    /** The sentence for the status bar when a batch ends: "Resume 3 desktops: done, 3 with warnings." */
    static QString finishedText(const BatchSnapshot &batch);
    static int progress(const BatchSnapshot &batch);

private:
    QList<BatchSnapshot> m_batches; // newest first
};
