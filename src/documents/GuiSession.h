#pragma once

// Drawing text needs a Qt Gui application (fonts, a platform). A program without one — trame-cli —
// gets one for as long as this lives, on Qt's offscreen platform: no display is needed.
namespace trame::documents {

class GuiSession {
public:
    GuiSession();
    ~GuiSession();
    GuiSession(const GuiSession&) = delete;
    GuiSession& operator=(const GuiSession&) = delete;

private:
    bool m_owned = false;
};

} // namespace trame::documents
