#include "ui/taskdetails.h"

#include "models/items/tasktablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

TaskDetails::TaskDetails(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_copy(new QToolButton(this))
{
    setObjectName(QStringLiteral("taskDetails"));
    m_body->setObjectName(QStringLiteral("taskDetailsText"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setTabChangesFocus(true);
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copy->setObjectName(QStringLiteral("copyTaskDetails"));
    m_heading->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    connect(m_copy, &QToolButton::clicked, this, &TaskDetails::copy);
    retranslate();
}

void TaskDetails::setTask(const std::optional<TaskSnapshot> &task)
{
    m_task = task;
    m_copy->setEnabled(task.has_value());
    if (!task) {
        m_heading->setText(tr("Select a task to see its stages."));
        m_body->clear();
        return;
    }
    const TaskSnapshot &t = *task;
    const QString desktop = t.spec.serverName.isEmpty() ? t.spec.serverId : t.spec.serverName;
    m_heading->setText(tr("<b>%1</b> — %2: %3")
                           .arg(desktop.toHtmlEscaped(), TaskText::kindName(t.spec.kind), TaskText::stateName(t.state)));
    QStringList parts;
    if (!t.error.isEmpty())
        parts << tr("Error: %1").arg(t.error);
    else if (!TaskTableModel::noteText(t).isEmpty())
        parts << tr("Warning: %1").arg(TaskTableModel::noteText(t));
    const QString requestId = t.workRequestId();
    if (!requestId.isEmpty() && !t.error.contains(requestId))
        parts << tr("Request ID: %1").arg(requestId);
    parts << tr("Stages: %1").arg([&t] {
        QStringList names;
        for (int i = 0; i < t.chain.size(); ++i) {
            QString name = TaskText::stageName(t.chain.at(i));
            if (i == t.stageIndex && !t.isFinished())
                name = QStringLiteral("[%1]").arg(name);
            names << name;
        }
        return names.join(QStringLiteral(" → "));
    }());
    const QString history = TaskTableModel::historyText(t);
    if (!history.isEmpty())
        parts << QString() << tr("History:") << history;
    m_body->setPlainText(parts.join(QLatin1Char('\n')));
}

QString TaskDetails::text() const
{
    return m_heading->text() + QLatin1Char('\n') + m_body->toPlainText();
}

void TaskDetails::copy()
{
    if (!m_task)
        return;
    QApplication::clipboard()->setText(m_body->toPlainText());
}

void TaskDetails::retranslate()
{
    m_copy->setToolTip(tr("Copy the error, request ID and stage history"));
    m_copy->setAccessibleName(tr("Copy task details"));
    m_body->setAccessibleName(tr("Task details"));
    setTask(m_task);
}

void TaskDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
