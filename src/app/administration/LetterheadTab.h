#pragma once

#include "administration/AdministrationContext.h"
#include "domain/Error.h"
#include "domain/Letterhead.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LetterheadTab;
}

// The structure's letterhead that every document prints: its name, address, telephone, e-mail,
// the line at the foot of the pages, what a person brings to an appointment, and a logo.
class LetterheadTab : public QWidget {
    Q_OBJECT
public:
    explicit LetterheadTab(AdministrationContext context, QWidget* parent = nullptr);
    ~LetterheadTab() override;

    // Reads the stored letterhead into the form.
    void refresh();
    // The buttons' work: the logo is asked for through InputDialogs.
    bool chooseLogo();
    bool save();
    trame::Letterhead edited() const;

signals:
    void failed(const trame::Error& error);
    void done(const QString& message);

private:
    void showLogo();

    std::unique_ptr<Ui::LetterheadTab> m_ui;
    AdministrationContext m_context;
    std::string m_logo;
};
