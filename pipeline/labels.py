"""Swedish words for the product's codes, in one place (CLI, reports and web use them).

Codes stay English in data and JSON; people read these.
"""

DASH = "–"
DOC_TYPE_SV = {
    "motion": "motion", "answer": "svar/tjänsteskrivelse", "protocol_extract": "protokollsutdrag",
    "citizen_proposal": "medborgarförslag", "other": "övrigt",
}
OUTCOME_SV = {
    "bifall": "bifall", "avslag": "avslag", "besvarad": "besvarad", "delvis_bifall": "delvis bifall",
    "aterremiss": "återremiss", "bordlagd": "bordlagd", "avskriven": "avskriven",
    "overlamnad": "överlämnad för beredning",
}
EVENT_SV = {
    "raised": "väckt", "remitted": "remitterad", "answer_proposed": "förslag till svar",
    "decided_ksau": "beslut i KSAU", "decided_ks": "beslut i KS", "decided_kf": "beslut i KF",
    "aterremiss": "återremiss", "bordlagd": "bordlagd", "avskriven": "avskriven",
    "linked": "kopplad av handläggare",
}
STATE_SV = {"open": "öppen", "commented": "kommenterad", "decided": "beslutad"}
STANCE_SV = {"positive": "positiv", "negative": "negativ", "neutral": "neutral"}
KIND_SV = {"motion": "motion", "citizen_proposal": "medborgarförslag"}
