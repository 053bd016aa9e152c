"""Event types and subtypes: what each subtype belongs to, and its nearest PLOVER class and CAMEO code.

Mentions merge only within one family of one type (`timeline.merge`); docs/events.md's subtype table lists the same
rows (a test keeps them equal).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Subtype:
    event_type: str
    name: str
    family: str  # mentions merge only within one family of one type
    plover: str  # nearest PLOVER class, "" when none fits
    cameo: str  # nearest CAMEO code
    modality: str = "asserted"  # default status of a statement of this kind


SUBTYPES: Final[dict[str, Subtype]] = {s.name: s for s in (
    # deployment: armed forces moved, positioned, mobilised, exercised or used
    Subtype("deployment", "deployment", "posture", "MOBILIZE", "150"),
    Subtype("deployment", "mobilisation", "posture", "MOBILIZE", "154"),
    Subtype("deployment", "exercise", "posture", "MOBILIZE", "150"),
    Subtype("deployment", "alert", "posture", "MOBILIZE", "152"),
    Subtype("deployment", "weapons-test", "posture", "MOBILIZE", "150"),
    Subtype("deployment", "withdrawal", "posture", "RETREAT", "0874"),
    Subtype("deployment", "strike", "force", "ASSAULT", "195"),
    Subtype("deployment", "raid", "force", "ASSAULT", "190"),
    Subtype("deployment", "invasion", "force", "ASSAULT", "192"),
    Subtype("deployment", "occupation", "force", "ASSAULT", "192"),
    Subtype("deployment", "interdiction", "force", "COERCE", "191"),
    Subtype("deployment", "clash", "force", "FIGHT", "190"),
    Subtype("deployment", "abduction", "force", "ASSAULT", "181"),
    Subtype("deployment", "arrest", "force", "COERCE", "173"),
    Subtype("deployment", "ceasefire", "posture", "RETREAT", "0871"),
    # designation: a formal act by an authority that labels or binds
    Subtype("designation", "terrorist-listing", "listing", "SANCTION", "172"),
    Subtype("designation", "delisting", "listing", "CONCEDE", "085"),
    Subtype("designation", "designation", "listing", "SANCTION", "172"),
    Subtype("designation", "sanction", "sanction", "SANCTION", "163"),
    Subtype("designation", "bounty", "bounty", "SANCTION", "172"),
    Subtype("designation", "asset-seizure", "seizure", "COERCE", "171"),
    Subtype("designation", "decree", "decree", "COERCE", "1724"),
    Subtype("designation", "recognition", "recognition", "COOPERATE", "054"),
    Subtype("designation", "airspace-closure", "closure", "COERCE", "191"),
    Subtype("designation", "blockade", "closure", "COERCE", "191"),
    Subtype("designation", "border-closure", "closure", "COERCE", "191"),
    Subtype("designation", "law", "decree", "COERCE", "172"),
    Subtype("designation", "ban", "sanction", "SANCTION", "172"),
    Subtype("designation", "sanctions-relief", "sanction", "CONCEDE", "085"),
    Subtype("designation", "expulsion", "sanction", "COERCE", "174"),
    Subtype("designation", "diplomatic-break", "relations", "REJECT", "161"),
    Subtype("designation", "indictment", "legal", "COERCE", "173"),
    Subtype("designation", "ruling", "legal", "COERCE", "173"),  # CAMEO has no ruling: its legal action
    Subtype("designation", "suspension", "sanction", "SANCTION", "162"),
    Subtype("designation", "reopening", "closure", "CONCEDE", "0862"),
    Subtype("designation", "treaty", "treaty", "AGREE", "057"),  # signing, joining or acceding to a treaty or alliance
    # statement: a public utterance by an actor in the crisis
    Subtype("statement", "statement", "statement", "", "010"),
    Subtype("statement", "threat", "statement", "THREATEN", "130", "threatened"),
    Subtype("statement", "warning", "statement", "THREATEN", "130"),
    Subtype("statement", "denial", "statement", "REJECT", "120", "denied"),
    Subtype("statement", "rejection", "statement", "REJECT", "120"),
    Subtype("statement", "demand", "statement", "REQUEST", "100"),
    Subtype("statement", "request", "statement", "REQUEST", "020"),
    Subtype("statement", "accusation", "statement", "ACCUSE", "112"),
    Subtype("statement", "claim", "statement", "ACCUSE", "010", "claimed"),
    Subtype("statement", "pledge", "statement", "", "030"),
    Subtype("statement", "consultation", "statement", "CONSULT", "040"),
    Subtype("statement", "protest", "statement", "DISAPPROVE", "111"),
)}
# Events whose noun's possessor is who suffered them, not who did them: "his abduction", "Pol Pot's arrest" (the
# doer is named only with an "of" object: "Israel's arrest of the activists").
PATIENT_SUBTYPES: Final = frozenset({"abduction", "arrest"})
# Deployments whose noun's "of" object is their target, not the force that moves: "the downing of 18 Ukrainian
# drones", "the interception of the tanker", "the invasion of Kuwait" (but "the deployment of U.S. troops").
TARGETED_SUBTYPES: Final = frozenset({"interdiction", "strike", "raid", "invasion", "occupation", *PATIENT_SUBTYPES})
