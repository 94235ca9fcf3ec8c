"""A loopback stand-in for live sources: Telegram's channel preview (two pages and the link to a
third), an outlet's RSS feed and its article pages. Every text is written for these tests in the
style of Air Force statements and news stories.

`StandIn` holds what is served and can be changed between passes (edit a post, break a
channel); `serve_standin` serves it on 127.0.0.1 (tests/local_http.py) and records each request.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from tests.local_http import serve_locally

CHANNEL_TITLE = "Повітряні Сили ЗС України"


@dataclass
class Post:
    message_id: int
    moment: str  # ISO 8601 with offset, as the preview's time[datetime]
    text: str  # lines joined by \n (served as <br>); "" for a photo without text
    forwarded_from: str | None = None


# kpszsu's posts, oldest first. 1001 is before 2025-08-01: a pass --since that day leaves it.
AIR_FORCE_POSTS = [
    Post(1001, "2025-07-31T17:20:00+00:00",
         "У ніч на 31 липня противник атакував 30 ударними БпЛА типу Shahed з напрямку Курська.\n"
         "Протиповітряною обороною збито 25 ворожих БпЛА."),
    Post(1002, "2025-08-01T05:40:00+00:00",
         "У ніч на 1 серпня (з 18:00 31 липня) противник атакував 60 ударними БпЛА типу Shahed та "
         "дронами-імітаторами з напрямків Курськ, Орел та Міллерово.\n"
         "За попередніми даними, станом на 08:30 протиповітряною обороною збито або подавлено 52 ворожі БпЛА "
         "на півночі, сході та півдні країни."),
    Post(1003, "2025-08-01T09:05:00+00:00",
         "Увага! Загроза застосування балістичного озброєння з південного напрямку. Будьте в укриттях!"),
    Post(1004, "2025-08-02T05:45:00+00:00",
         "У ніч на 2 серпня (з 18:00 1 серпня) противник атакував 45 ударними БпЛА типу Shahed та "
         "дронами-імітаторами з напрямків Курськ та Орел.\n"
         "За попередніми даними, станом на 08:30 протиповітряною обороною збито або подавлено "
         "37 ворожих БпЛА на півночі та сході країни.\n"
         "Зафіксовано влучання 8 ударних БпЛА на 4 локаціях."),
    Post(1005, "2025-08-02T06:30:00+00:00", ""),  # a photo without a caption
]

ARTICLES = {
    "/news/kharkiv-strike": (
        "Drone strike on Kharkiv kills three",
        "2025-08-02",
        "Overnight on 2 August Russian drones struck Kharkiv, where 3 people were killed and 12 were "
        "injured, the regional governor said on Saturday morning. Firefighters worked through the night at a "
        "damaged apartment block in the city's north.",
    ),
    "/news/budget-vote": (
        "Parliament passes a budget amendment",
        "2025-08-01",
        "Ukraine's parliament passed an amendment to this year's budget on Friday, adding funds for "
        "teachers' salaries and road repairs in the western regions, lawmakers said after the vote.",
    ),
}


@dataclass
class StandIn:
    channels: dict[str, list[Post]] = field(default_factory=lambda: {"kpszsu": list(AIR_FORCE_POSTS)})
    page_size: int = 3
    broken: set[str] = field(default_factory=set)  # paths answered with a page holding no posts
    failing: set[str] = field(default_factory=set)  # paths answered 503
    requests: list[str] = field(default_factory=list)
    user_agents: set[str] = field(default_factory=set)

    def edit(self, channel: str, message_id: int, text: str) -> None:
        self.channels[channel] = [Post(p.message_id, p.moment, text, p.forwarded_from)
                                  if p.message_id == message_id else p for p in self.channels[channel]]

    def preview(self, channel: str, before: int | None) -> str:
        posts = [p for p in self.channels[channel] if before is None or p.message_id < before]
        page = posts[-self.page_size:]
        prev = (f'<link rel="prev" href="/s/{channel}?before={page[0].message_id}">'
                if page and page[0].message_id != self.channels[channel][0].message_id else "")
        blocks = "\n".join(_post_block(channel, post) for post in page)
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{CHANNEL_TITLE} – Telegram</title>'
                f'<link rel="canonical" href="https://t.me/s/{channel}">{prev}</head>'
                f'<body class="tgme_webpreview_body">'
                f'<section class="tgme_channel_history js-message_history">'
                f"{blocks}</section></body></html>")

    def feed(self, base: str) -> str:
        items = "".join(
            f"<item><title>{html.escape(title)}</title><link>{base}{path}</link>"
            f"<pubDate>{_rfc822(day)}</pubDate><description>A short summary.</description></item>"
            for path, (title, day, _text) in ARTICLES.items()
        )
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">'
                f"<channel><title>Example Outlet</title>"
                f"<link>{base}/</link><description>News</description>{items}</channel></rss>")


def _rfc822(day: str) -> str:
    year, month, date = day.split("-")
    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{date} {names[int(month) - 1]} {year} 07:00:00 +0000"


def _post_block(channel: str, post: Post) -> str:
    forwarded = (f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from '
                 f'<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/x">'
                 f"{html.escape(post.forwarded_from)}</a></div>" if post.forwarded_from else "")
    text = ("<br/>".join(html.escape(line) for line in post.text.split("\n")))
    text_block = (f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>'
                  if post.text else '<a class="tgme_widget_message_photo_wrap" href="#"></a>')
    return (
        f'<div class="tgme_widget_message_wrap js-widget_message_wrap">'
        f'<div class="tgme_widget_message text_not_supported_wrap js-widget_message" '
        f'data-post="{channel}/{post.message_id}" data-view="x">'
        f'<div class="tgme_widget_message_user"><a href="https://t.me/{channel}">'
        f'<i class="tgme_widget_message_user_photo"><img src="/photo.jpg"></i></a></div>'
        f'<div class="tgme_widget_message_bubble">{forwarded}'
        f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" '
        f'href="https://t.me/{channel}"><span dir="auto">{CHANNEL_TITLE}</span></a></div>'
        f"{text_block}"
        f'<div class="tgme_widget_message_footer compact js-message_footer">'
        f'<div class="tgme_widget_message_info short js-message_info">'
        f'<span class="tgme_widget_message_views">12.1K</span><span class="copyonclick">'
        f'<a class="tgme_widget_message_date" href="https://t.me/{channel}/{post.message_id}">'
        f'<time datetime="{post.moment}" class="time">08:45</time></a></span></div></div>'
        f"</div></div></div>"
    )


def _article(title: str, day: str, text: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta property="article:published_time" content="{day}T07:00:00+00:00"></head><body>'
            f"<nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>"
            f"<p>{html.escape(text)}</p></article><footer>Example Outlet</footer></body></html>")


@contextmanager
def serve_standin(standin: StandIn) -> Iterator[str]:
    """Serve ``standin`` on a loopback port; yields the base URL."""
    base: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def send(self, status: int, content_type: str, body: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            standin.requests.append(self.path)
            standin.user_agents.add(self.headers.get("User-Agent", ""))
            parts = urlsplit(self.path)
            if parts.path in standin.failing:
                return self.send(503, "text/plain", "temporarily unavailable")
            if parts.path in standin.broken:
                return self.send(200, "text/html", "<html><body><h1>Down for maintenance</h1></body></html>")
            if parts.path.startswith("/s/") and parts.path[3:] in standin.channels:
                before = parse_qs(parts.query).get("before")
                page = standin.preview(parts.path[3:], int(before[0]) if before else None)
                return self.send(200, "text/html; charset=utf-8", page)
            if parts.path == "/feed.xml":
                return self.send(200, "application/rss+xml", standin.feed(base[0]))
            if parts.path in ARTICLES:
                return self.send(200, "text/html; charset=utf-8", _article(*ARTICLES[parts.path]))
            return self.send(404, "text/plain", "not found")

    with serve_locally(Handler) as url:
        base.append(url)
        yield url
