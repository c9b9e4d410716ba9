#include "models/items/taskoutcome.h"

#include "models/domain/desktopstate.h"

TaskOutcome::Kind TaskOutcome::of(const TaskSnapshot &task)
{
    switch (task.state) {
    case TaskState::Done:
        return task.warning().isEmpty() ? Done : DoneWithWarnings;
    case TaskState::Failed:
        return Failed;
    case TaskState::Cancelled:
        return Cancelled;
    case TaskState::Pending:
    case TaskState::Running:
    case TaskState::Waiting:
        break;
    }
    return Running;
}

TaskOutcome::Kind TaskOutcome::of(const BatchSnapshot &batch)
{
    if (!batch.isFinished())
        return Running;
    if (batch.failed > 0)
        return Failed;
    if (batch.cancelled > 0)
        return Cancelled;
    return batch.warnings > 0 ? DoneWithWarnings : Done;
}

QString TaskOutcome::iconPath(Kind kind)
{
    switch (kind) {
    case Running:
        return DesktopState::iconPath(DesktopState::Busy);
    case Done:
        return QStringLiteral(":/icons/outcome-done.svg");
    case DoneWithWarnings:
        return QStringLiteral(":/icons/outcome-warning.svg");
    case Failed:
        return DesktopState::iconPath(DesktopState::Error);
    case Cancelled:
        return QStringLiteral(":/icons/outcome-cancelled.svg");
    }
    return {};
}

QColor TaskOutcome::color(Kind kind)
{
    switch (kind) {
    case Running:
        return DesktopState::color(DesktopState::Busy);
    case Done:
        return DesktopState::color(DesktopState::Active);
    case DoneWithWarnings:
        return QColor(0xa8, 0x6a, 0x00); // amber, as the warning banner
    case Failed:
        return DesktopState::color(DesktopState::Error);
    case Cancelled:
        return DesktopState::color(DesktopState::Shutoff);
    }
    return {};
}
