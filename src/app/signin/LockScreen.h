#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class LockScreen;
}

// What a locked window shows instead of its content: nothing personal, a password field.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(QWidget* parent = nullptr);
    ~LockScreen() override;

    // Ready for `displayName`'s password, with `login` filled in.
    void prepare(const QString& displayName, const QString& login);
    void showError(const QString& text);
    QString errorText() const;
    // Types and presses Unlock: for tests.
    void unlockWith(const QString& login, const QString& password);

signals:
    void unlockRequested(const QString& login, const QString& password);

private:
    std::unique_ptr<Ui::LockScreen> m_ui;
};
