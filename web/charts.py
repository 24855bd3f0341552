"""Charts drawn on the server as inline SVG: no JavaScript library, no CDN,
works offline and in every browser.

Each function returns :class:`markupsafe.Markup` to drop into a template.
Colours come from CSS classes (web/static/app.css: ``.c-agent``,
``.c-customer``, ``.c-series-N`` ...), so charts follow the page's palette and
the Content-Security-Policy needs no inline styles. Every chart has
``role="img"`` and an ``aria-label``; pages also show the numbers as text.
Elements with ``data-seek`` (seconds) make the review page's player jump there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Sequence

from markupsafe import Markup, escape

from qa_service import review_page

# the drawing's default coordinate width; the SVG scales to its container, so pass about the
# container's CSS width in pixels to keep the 12 px labels readable
WIDTH = 1000
# distinct series colours available as .c-series-0 ... .c-series-7
SERIES_COLOURS = 8


def _f(x: float) -> str:
    return f"{x:.1f}"


def _clock(seconds: float) -> str:
    # the UI's one time format (the templates' ``clock`` filter, review.js): m:ss, h:mm:ss from an hour
    return review_page.clock(seconds)


def nice_step(span: float, *, target_ticks: int = 8) -> float:
    """A round tick step (1, 2, 5 x 10^n) giving about ``target_ticks`` ticks over ``span``."""
    if span <= 0:
        return 1.0
    raw = span / target_ticks
    magnitude = 10 ** int(f"{raw:e}".split("e")[1])
    for m in (1, 2, 5, 10):
        if raw <= m * magnitude:
            return m * magnitude
    return 10 * magnitude


# tick steps that read well on a clock, in seconds
_TIME_STEPS = (5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600)


def time_step(span: float, *, target_ticks: int = 8) -> float:
    """A tick step for a time axis: 5 s, 10 s, 15 s, 30 s, 1 min, 2 min, 5 min... about ``target_ticks`` ticks."""
    raw = span / max(1, target_ticks)
    return float(next((step for step in _TIME_STEPS if step >= raw), _TIME_STEPS[-1]))


def _svg(height: float, label: str, body: Iterable[str], *, css: str = "chart", width: float = WIDTH,
         attrs: str = "") -> Markup:
    return Markup(
        f'<svg class="{css}" viewBox="0 0 {_f(width)} {_f(height)}" role="img" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg"{attrs}><title>{escape(label)}</title>' + "".join(body) + "</svg>"
    )


def _time_axis(duration: float, x0: float, x1: float, y: float, height: float) -> list[str]:
    out = []
    step = time_step(duration, target_ticks=max(3, int((x1 - x0) // 70)))
    t = 0.0
    while t <= duration + 1e-6:
        x = x0 + (x1 - x0) * (t / duration if duration else 0)
        out.append(f'<line class="grid" x1="{_f(x)}" y1="0" x2="{_f(x)}" y2="{_f(y)}"/>')
        out.append(f'<text class="tick" x="{_f(x)}" y="{_f(y + 14)}" text-anchor="middle">{_clock(t)}</text>')
        t += step
    return out


def call_timeline(
    utterances: Sequence[dict],
    duration: float,
    *,
    interruptions: Sequence[dict] = (),
    silences: Sequence[Sequence[float]] = (),
    notes: Sequence[tuple[float, str]] = (),
    width: float = 700,
) -> Markup:
    """Both speakers' turns on one time axis, with silences shaded, interruptions and coaching notes marked,
    and a playhead at 0:00.

    ``utterances``: dicts with speaker, start, end, index; ``interruptions``: dicts with by, start, end,
    kind (only ``kind == "interruption"`` is drawn); ``silences``: [start, end, length];
    ``notes``: (time, text). The drawing carries its time axis (``data-x0``, ``data-x1``: where 0:00 and
    the end are in its coordinates, ``data-duration``: seconds) so the review page's script moves the
    playhead (``.playhead``) with the audio and puts a note added on the page on the timeline at once.
    """
    duration = max(duration, max((u["end"] for u in utterances), default=0.0), 1.0)
    left, right = 86.0, width - 10.0
    lanes = {"agent": 22.0, "customer": 58.0}
    lane_h = 26.0
    axis_y = 92.0

    def x(t: float) -> float:
        return left + (right - left) * max(0.0, min(t, duration)) / duration

    body = _time_axis(duration, left, right, axis_y, 100)
    for spk, y in lanes.items():
        body.append(f'<text class="lane-label" x="{_f(left - 8)}" y="{_f(y + lane_h / 2 + 4)}" '
                    f'text-anchor="end">{spk.title()}</text>')
        body.append(f'<rect class="lane" x="{_f(left)}" y="{_f(y)}" width="{_f(right - left)}" height="{_f(lane_h)}"/>')
    for s, e, *_ in silences:
        body.append(
            f'<rect class="silence" x="{_f(x(s))}" y="16" width="{_f(max(1.0, x(e) - x(s)))}" height="72" '
            f'data-seek="{s:.2f}"><title>Silence {_clock(s)}–{_clock(e)} ({e - s:.1f} s)</title></rect>'
        )
    for u in utterances:
        y = lanes.get(u["speaker"])
        if y is None:
            continue
        body.append(
            f'<rect class="turn c-{escape(u["speaker"])}" x="{_f(x(u["start"]))}" y="{_f(y + 2)}" '
            f'width="{_f(max(1.5, x(u["end"]) - x(u["start"])))}" height="{_f(lane_h - 4)}" '
            f'data-seek="{u["start"]:.2f}" data-utterance="{u.get("index", "")}">'
            f'<title>{escape(u["speaker"].title())} {_clock(u["start"])}–{_clock(u["end"])}</title></rect>'
        )
    for ev in interruptions:
        if ev.get("kind") != "interruption":
            continue
        xs = x(ev["start"])
        y = lanes.get(ev["by"], 22.0)
        body.append(
            f'<g class="interruption" data-seek="{ev["start"]:.2f}"><line x1="{_f(xs)}" y1="14" x2="{_f(xs)}" '
            f'y2="86"/><path d="M{_f(xs - 6)} {_f(y - 8)} L{_f(xs + 6)} {_f(y - 8)} L{_f(xs)} {_f(y)} Z"/>'
            f'<title>{escape(ev["by"].title())} interrupted at {_clock(ev["start"])} '
            f'({ev["end"] - ev["start"]:.1f} s overlap)</title></g>'
        )
    for t, text in notes:
        xs = x(t)
        body.append(
            f'<g class="note-mark" data-seek="{t:.2f}"><circle cx="{_f(xs)}" cy="8" r="5"/>'
            f'<title>Note at {_clock(t)}: {escape(text[:120])}</title></g>'
        )
    body.append(f'<line class="playhead" x1="{_f(left)}" y1="12" x2="{_f(left)}" y2="{_f(axis_y)}"/>')
    n_int = sum(1 for ev in interruptions if ev.get("kind") == "interruption")
    label = (f"Timeline of the call ({_clock(duration)}): agent and customer turns, {len(silences)} long "
             f"silence(s), {n_int} interruption(s), {len(notes)} note(s)")
    axis = f' data-x0="{_f(left)}" data-x1="{_f(right)}" data-duration="{duration:.2f}"'
    return _svg(110, label, body, css="chart timeline", width=width, attrs=axis)


@dataclass(frozen=True)
class Series:
    """One line of a line chart."""

    # legend text
    label: str
    # (x, y) points; x is seconds or a datetime, y within the chart's y range
    points: Sequence[tuple[float | datetime, float]]


def _xnum(x: float | datetime) -> float:
    return x.timestamp() if isinstance(x, datetime) else float(x)


def line_chart(
    series: Sequence[Series],
    *,
    label: str,
    y_range: tuple[float, float],
    y_ticks: Sequence[tuple[float, str]],
    x_range: tuple[float, float] | None = None,
    x_format: str = "clock",
    height: float = 180,
    zero_line: float | None = None,
    seekable: bool = False,
    width: float = 640,
) -> Markup:
    """A line chart with dots; ``x_format`` is "clock" (seconds) or "date" (datetimes).

    With ``seekable`` each dot carries ``data-seek`` (its x in seconds).
    """
    xs = [_xnum(x) for s in series for x, _ in s.points]
    lo, hi = x_range if x_range else ((min(xs), max(xs)) if xs else (0.0, 1.0))
    if hi <= lo:
        # one point (or one day): centre it in a span of a day
        pad = 43200.0 if x_format == "date" else 0.5
        lo, hi = lo - pad, hi + pad
    y0, y1 = y_range
    left, right, top, bottom = 48.0, width - 24.0, 12.0, height - 28.0

    def px(x: float) -> float:
        return left + (right - left) * (x - lo) / (hi - lo)

    def py(y: float) -> float:
        return bottom - (bottom - top) * (min(max(y, y0), y1) - y0) / (y1 - y0)

    body: list[str] = []
    for value, text in y_ticks:
        body.append(f'<line class="grid" x1="{_f(left)}" y1="{_f(py(value))}" x2="{_f(right)}" y2="{_f(py(value))}"/>')
        body.append(f'<text class="tick" x="{_f(left - 6)}" y="{_f(py(value) + 4)}" text-anchor="end">'
                    f"{escape(text)}</text>")
    if zero_line is not None:
        body.append(f'<line class="zero" x1="{_f(left)}" y1="{_f(py(zero_line))}" x2="{_f(right)}" '
                    f'y2="{_f(py(zero_line))}"/>')
    # x ticks
    if x_format == "date":
        days = sorted({datetime.fromtimestamp(x, timezone.utc).strftime("%d %b") : x for x in xs}.items(), key=lambda kv: kv[1])
        shown = days if len(days) <= 6 else [days[round(i * (len(days) - 1) / 5)] for i in range(6)]
        for text, v in shown:
            body.append(f'<text class="tick" x="{_f(px(v))}" y="{_f(bottom + 18)}" text-anchor="middle">'
                        f"{escape(text)}</text>")
    else:
        step = time_step(hi - lo, target_ticks=max(3, int((right - left) // 70)))
        t = lo
        while t <= hi + 1e-6:
            body.append(f'<text class="tick" x="{_f(px(t))}" y="{_f(bottom + 18)}" text-anchor="middle">'
                        f"{_clock(t)}</text>")
            t += step
    for i, s in enumerate(series):
        pts = [(px(_xnum(x)), py(y)) for x, y in s.points]
        cls = f"c-series-{i % SERIES_COLOURS}"
        if len(pts) > 1:
            path = " ".join(f"{'M' if j == 0 else 'L'}{_f(a)} {_f(b)}" for j, (a, b) in enumerate(pts))
            body.append(f'<path class="line {cls}" d="{path}"/>')
        for (a, b), (x, y) in zip(pts, s.points):
            seek = f' data-seek="{_xnum(x):.2f}"' if seekable else ""
            when = _clock(_xnum(x)) if x_format == "clock" else x.strftime("%Y-%m-%d")  # type: ignore[union-attr]
            body.append(f'<circle class="dot {cls}" cx="{_f(a)}" cy="{_f(b)}" r="4"{seek}>'
                        f"<title>{escape(s.label)}: {y:.2f} at {when}</title></circle>")
    return _svg(height, label, body, width=width)


def sentiment_curve(curve: Sequence[Sequence[float]], duration: float) -> Markup:
    """The customer's sentiment per turn (-1 negative … +1 positive) over the call."""
    points = [(float(t), float(v)) for t, v in curve]
    return line_chart(
        [Series("Customer sentiment", points)],
        label=f"Customer sentiment over the call, {len(points)} turns, from -1 (negative) to +1 (positive)",
        y_range=(-1.0, 1.0),
        y_ticks=[(-1.0, "−1"), (-0.5, "−0.5"), (0.0, "0"), (0.5, "+0.5"), (1.0, "+1")],
        x_range=(0.0, max(duration, 1.0)),
        zero_line=0.0,
        seekable=True,
        height=170,
        width=560,
    )


def share_bar(parts: Sequence[tuple[str, float, str]], *, label: str, width: float = 560) -> Markup:
    """A horizontal bar split in proportion to ``parts``: (text shown on the part, value, css class)."""
    total = sum(max(0.0, v) for _, v, _ in parts) or 1.0
    x = 0.0
    body = []
    for text, value, cls in parts:
        w = width * max(0.0, value) / total
        body.append(f'<rect class="{escape(cls)}" x="{_f(x)}" y="0" width="{_f(w)}" height="34"/>')
        if w > 110:
            body.append(f'<text class="bar-text" x="{_f(x + 10)}" y="23">{escape(text)}</text>')
        x += w
    return _svg(34, label, body, css="chart bar", width=width)


def score_spark(scores: Sequence[tuple[datetime, float]], pass_mark: float | None = None) -> Markup:
    """Score per call over time (0-100)."""
    return line_chart(
        [Series("Score", list(scores))],
        label=f"Score of the last {len(scores)} calls over time, 0 to 100",
        y_range=(0.0, 100.0),
        y_ticks=[(0, "0"), (25, "25"), (50, "50"), (75, "75"), (100, "100")],
        x_format="date",
        zero_line=pass_mark,
        height=180,
    )
