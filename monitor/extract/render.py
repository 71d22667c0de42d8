"""Human-readable table of a Report, for `monitor extract` without --json."""

from __future__ import annotations

from monitor.models import FIGURE_FIELDS, Report


def format_report(source: str, report: Report) -> str:
    """A few lines per attack: each figure with the sentence it came from."""
    lines = [f"{source}: {'attack report' if report.is_attack_report else 'no attack report'}"]
    for i, attack in enumerate(report.attacks, 1):
        lines.append(f"  attack {i}: by {attack.attacker}")
        for name in FIGURE_FIELDS:
            value = getattr(attack, name)
            if value is None:
                continue
            ev = attack.evidence.get(name)
            quote = f'  "{" ".join(ev.sentence.split())}"' if ev else ""  # a list's items are on lines of their own
            lines.append(f"    {name:<18} {value:>6}{quote}")
        if attack.places:
            lines.append(f"    {'places':<18} {', '.join(attack.places)}")
        if attack.weapons:
            lines.append(f"    {'weapons':<18} {', '.join(attack.weapons)}")
        if attack.time_words:
            lines.append(f"    {'when':<18} {', '.join(attack.time_words)}")
    return "\n".join(lines)
