#!/usr/bin/python3
"""A small org.freedesktop.Notifications server for the tests, on the session bus it is started
on: it speaks the real interface (Notify, CloseNotification, GetCapabilities,
GetServerInformation; the ActionInvoked and NotificationClosed signals), records every call as
one JSON line in RECORD_FILE, and plays a person: with --click ACTION it invokes that action of
each notification after half a second (then closes it, as servers do); without it, it closes each
after --close-after seconds (default: never). Prints "ready" once it owns the name.

    notification-server.py RECORD_FILE [--click ACTION] [--close-after SECONDS]
"""
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, record, click, close_after):
        super().__init__(bus, PATH)
        self.record_path = record
        self.click = click
        self.close_after = close_after
        self.next_id = 1

    def record(self, entry):
        with open(self.record_path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout):
        nid = self.next_id
        self.next_id += 1
        self.record({"method": "Notify", "id": nid, "app_name": str(app_name), "app_icon": str(app_icon),
                     "summary": str(summary), "body": str(body), "actions": [str(a) for a in actions],
                     "hints": {str(k): str(v) for k, v in hints.items()}, "expire_timeout": int(expire_timeout)})
        if self.click:
            GLib.timeout_add(500, self.invoke, nid)
        elif self.close_after is not None:
            GLib.timeout_add(int(self.close_after * 1000), self.close, nid, 1)
        return nid

    def invoke(self, nid):
        self.record({"signal": "ActionInvoked", "id": nid, "action": self.click})
        self.ActionInvoked(nid, self.click)
        GLib.timeout_add(200, self.close, nid, 2)
        return False

    def close(self, nid, reason):
        self.NotificationClosed(nid, reason)
        return False

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, nid):
        self.record({"method": "CloseNotification", "id": int(nid)})
        self.NotificationClosed(nid, 3)

    @dbus.service.method(NAME, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["actions", "body"]

    @dbus.service.method(NAME, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ["trello-onboard-test", "trello-onboard", "1", "1.2"]

    @dbus.service.signal(NAME, signature="us")
    def ActionInvoked(self, nid, action):
        pass

    @dbus.service.signal(NAME, signature="uu")
    def NotificationClosed(self, nid, reason):
        pass


def main():
    args = sys.argv[1:]
    record = args.pop(0)
    click = None
    close_after = None
    while args:
        option = args.pop(0)
        if option == "--click":
            click = args.pop(0)
        elif option == "--close-after":
            close_after = float(args.pop(0))
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(NAME, bus, do_not_queue=True)
    server = Server(bus, record, click, close_after)
    print("ready", flush=True)
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
