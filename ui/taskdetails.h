#pragma once

#include "models/domain/tasktypes.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

/**
 * What happened to one task: state, error in plain language, the OpenStack request ID (selectable
 * and copyable for a support ticket) and the stage history, one line per attempt.
 */
class TaskDetails : public QWidget
{
    Q_OBJECT

public:
    explicit TaskDetails(QWidget *parent = nullptr);

    void setTask(const std::optional<TaskSnapshot> &task);
    [[nodiscard]] QString text() const; // everything shown, for the clipboard and tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void copy();

    std::optional<TaskSnapshot> m_task;
    QLabel *m_heading;
    QPlainTextEdit *m_body;
    QToolButton *m_copy;
};
