#pragma once

#include "domain/Interview.h"
#include "domain/Reference.h"

#include <QAbstractItemModel>

#include <map>

// The Annexe 1 template as a tree, with a status and a note per item for one interview.
// Column 0 is the item, 1 its status, 2 the note; 1 and 2 are editable unless read-only.
class InterviewTemplateModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit InterviewTemplateModel(QObject* parent = nullptr);

    // Shows `interviewTemplate` with `entries`; the template must outlive the model's use of it.
    // `earlier` (oldest first) gives each item its history, and marks a status still the one the
    // previous interview left.
    void setContent(const trame::InterviewTemplate* interviewTemplate,
                    const std::vector<trame::InterviewEntry>& entries, bool readOnly,
                    const std::vector<trame::Interview>& earlier = {});
    // The entries worth keeping: items with a note or a status other than "not started", in the
    // template's order.
    std::vector<trame::InterviewEntry> entries() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void entriesEdited();

private:
    struct Node {
        const trame::TemplateItem* item = nullptr;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    void build(Node& node, const std::vector<trame::TemplateItem>& items);
    const Node* nodeOf(const QModelIndex& index) const;
    bool isCarriedOver(const std::string& key, const trame::InterviewEntry* entry) const;
    QString history(const std::string& key) const;
    void collect(const Node& node, std::vector<trame::InterviewEntry>& out) const;

    Node m_root;
    std::map<std::string, trame::InterviewEntry> m_entries;
    std::vector<trame::Interview> m_earlier;
    bool m_readOnly = true;
};
