#include "shell/NavigationWidth.h"

#include <QEvent>
#include <QListWidget>
#include <QScrollBar>

#include <algorithm>

namespace {

class FontWatch : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FontChange)
            NavigationWidth::fit(static_cast<QListWidget*>(watched));
        return false;
    }
};

} // namespace

void NavigationWidth::fit(QListWidget* navigation)
{
    int widest = 0;
    for (int row = 0; row < navigation->count(); ++row)
        if (!navigation->item(row)->isHidden())
            widest = std::max(widest, navigation->sizeHintForIndex(navigation->model()->index(row, 0)).width());
    const int chrome = 2 * navigation->frameWidth() + 2 * navigation->spacing() +
                       navigation->verticalScrollBar()->sizeHint().width(); // room for a scroll bar, if one comes
    navigation->setFixedWidth(widest + chrome);
    navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void NavigationWidth::follow(QListWidget* navigation)
{
    fit(navigation);
    // FontWatch has no meta-object of its own: a property, not findChild, says it is there.
    static const char* const watched = "trameNavigationFollowsFont";
    if (!navigation->property(watched).toBool()) {
        navigation->installEventFilter(new FontWatch(navigation));
        navigation->setProperty(watched, true);
    }
}
