#pragma once

#include "casefile/SectionPage.h"
#include "domain/Beneficiary.h"
#include "domain/Error.h"
#include "domain/SupportPeriod.h"

#include <memory>

namespace Ui {
class PeriodPage;
}
class QStandardItemModel;

// The follow-up from entry to exit (« Parcours »): the current period's state and alerts, its
// history with each period shown whole, and the counsellor's steps — pause, resume, close with a
// reason and a bilan, reopen, correct the entry; and, on the period chosen in the history, correct
// a pause or the exit as recorded. Each step is a dialog stored by the service at
// once; the page then asks for the case file to be shown again as it now stands.
class PeriodPage : public SectionPage {
    Q_OBJECT
public:
    explicit PeriodPage(QWidget* parent = nullptr);
    ~PeriodPage() override;
    void bind(CaseFileDocument& document, const PageContext& context) override;

signals:
    // A step was stored: the follow-up's state, and what may be edited, may have changed.
    void followUpChanged();
    void failed(const trame::Error& error);

private:
    bool load();
    void showHistory();
    void showSelected();
    void updateActions();
    void pause();
    void resume();
    void close();
    void reopen();
    void correctEntry();
    void correctPause();
    void correctExit();
    const trame::SupportPeriod* selected() const;
    void openDialog(QDialog* dialog);
    static trame::Date today();

    std::unique_ptr<Ui::PeriodPage> m_ui;
    PageContext m_context;
    trame::Beneficiary m_person;
    std::vector<trame::SupportPeriod> m_history;
    std::vector<trame::Programme> m_programmes;
    std::vector<trame::ExitReason> m_reasons;
    QStandardItemModel* m_historyModel;
};
