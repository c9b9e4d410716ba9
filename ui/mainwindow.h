#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

// The administrator's window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs = nullptr;
    QLabel *m_connectionLabel = nullptr;
};
