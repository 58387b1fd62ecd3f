"""Block Kit's published limits, checked the way Slack refuses a payload: the fake Slack answers
`invalid_blocks` / `invalid_arguments` when a message or view breaks one (limits from Slack's
Block Kit reference: blocks, block elements, composition objects, views)."""

from typing import Any

MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
VIEW_TITLE = 24
PRIVATE_METADATA = 3000
ID = 255  # block_id, action_id, callback_id
HEADER = 150
SECTION = 3000
SECTION_FIELDS = 10
CONTEXT_ELEMENTS = 10
ACTIONS_ELEMENTS = 25
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
OPTION_TEXT = 75
OPTION_VALUE = 150
OPTIONS = 100
PLACEHOLDER = 150
INPUT_LABEL = 2000
INPUT_MAX = 3000
INPUT_ELEMENTS = {"plain_text_input", "static_select", "external_select", "users_select",
                  "conversations_select", "channels_select", "checkboxes", "radio_buttons",
                  "datepicker", "timepicker", "multi_static_select", "number_input",
                  "email_text_input", "url_text_input"}


def message_problems(blocks: Any) -> list[str]:
    if not isinstance(blocks, list):
        return ["blocks must be a list"]
    found = [f"{len(blocks)} blocks (at most {MESSAGE_BLOCKS})"] if len(
        blocks) > MESSAGE_BLOCKS else []
    for i, block in enumerate(blocks):
        found += _block(block, f"blocks[{i}]", in_view=False)
    return found


def view_problems(view: Any) -> list[str]:
    if not isinstance(view, dict):
        return ["view must be an object"]
    kind = view.get("type")
    found: list[str] = []
    if kind not in ("home", "modal"):
        return [f"view type {kind!r}"]
    blocks = view.get("blocks")
    if not isinstance(blocks, list) or (kind == "modal" and not blocks):
        return ["view needs blocks"]
    if len(blocks) > VIEW_BLOCKS:
        found.append(f"{len(blocks)} blocks (at most {VIEW_BLOCKS})")
    if len(view.get("private_metadata") or "") > PRIVATE_METADATA:
        found.append("private_metadata over 3000")
    if len(view.get("callback_id") or "") > ID:
        found.append("callback_id over 255")
    if kind == "modal":
        found += _plain(view.get("title"), "title", VIEW_TITLE, required=True)
        for key in ("submit", "close"):
            if key in view:
                found += _plain(view[key], key, VIEW_TITLE, required=True)
        if any(b.get("type") == "input" for b in blocks) and "submit" not in view:
            found.append("a modal with inputs needs submit")
    block_ids = [b.get("block_id") for b in blocks if b.get("block_id")]
    if len(block_ids) != len(set(block_ids)):
        found.append("block_id repeated")
    for i, block in enumerate(blocks):
        found += _block(block, f"blocks[{i}]", in_view=True, home=kind == "home")
    return found


def errors_problems(errors: Any, view: dict) -> list[str]:
    """A `response_action: errors` answer names input blocks of the submitted view."""
    inputs = {b.get("block_id") for b in view.get("blocks", []) if b.get("type") == "input"}
    if not isinstance(errors, dict) or not errors:
        return ["errors must be a non-empty object"]
    return [f"error for {key!r}, not an input block" for key in errors if key not in inputs] + [
        f"error text for {key!r} over 3000" for key, text in errors.items()
        if not isinstance(text, str) or len(text) > SECTION]


def _block(block: Any, where: str, in_view: bool, home: bool = False) -> list[str]:
    if not isinstance(block, dict):
        return [f"{where}: not an object"]
    kind = block.get("type")
    found = [f"{where}: block_id over 255"] if len(block.get("block_id") or "") > ID else []
    if kind == "section":
        text, fields = block.get("text"), block.get("fields")
        if text is None and not fields:
            found.append(f"{where}: a section needs text or fields")
        if text is not None:
            found += _text(text, f"{where}.text", SECTION)
        if fields and len(fields) > SECTION_FIELDS:
            found.append(f"{where}: over 10 fields")
        if "accessory" in block:
            found += _element(block["accessory"], f"{where}.accessory")
    elif kind == "header":
        found += _plain(block.get("text"), f"{where}.text", HEADER, required=True)
    elif kind == "context":
        elements = block.get("elements") or []
        if not elements or len(elements) > CONTEXT_ELEMENTS:
            found.append(f"{where}: context needs 1-10 elements")
        for j, element in enumerate(elements):
            found += _text(element, f"{where}.elements[{j}]", SECTION)
    elif kind == "actions":
        elements = block.get("elements") or []
        if not elements or len(elements) > ACTIONS_ELEMENTS:
            found.append(f"{where}: actions needs 1-25 elements")
        for j, element in enumerate(elements):
            found += _element(element, f"{where}.elements[{j}]")
    elif kind == "input":
        if not in_view or home:
            found.append(f"{where}: input blocks belong in modals")
        found += _plain(block.get("label"), f"{where}.label", INPUT_LABEL, required=True)
        element = block.get("element") or {}
        if element.get("type") not in INPUT_ELEMENTS:
            found.append(f"{where}: input element {element.get('type')!r}")
        found += _element(element, f"{where}.element")
    elif kind != "divider":
        found.append(f"{where}: unknown block type {kind!r}")
    return found


def _element(element: Any, where: str) -> list[str]:
    if not isinstance(element, dict):
        return [f"{where}: not an object"]
    kind = element.get("type")
    found = [f"{where}: action_id over 255"] if len(element.get("action_id") or "") > ID else []
    if "placeholder" in element:
        found += _plain(element["placeholder"], f"{where}.placeholder", PLACEHOLDER)
    if kind == "button":
        found += _plain(element.get("text"), f"{where}.text", BUTTON_TEXT, required=True)
        if len(element.get("value") or "") > BUTTON_VALUE:
            found.append(f"{where}: button value over 2000")
    elif kind == "plain_text_input":
        limit = element.get("max_length", INPUT_MAX)
        if not isinstance(limit, int) or not 1 <= limit <= INPUT_MAX:
            found.append(f"{where}: max_length must be 1-3000")
        elif len(element.get("initial_value") or "") > limit:
            found.append(f"{where}: initial_value over max_length")
    elif kind in ("static_select", "multi_static_select"):
        options = element.get("options") or []
        if not options or len(options) > OPTIONS:
            found.append(f"{where}: a static select needs 1-100 options")
        found += options_problems(options, where)
    elif kind == "external_select":
        pass
    elif kind not in ("overflow", "datepicker", "users_select", "conversations_select",
                      "channels_select", "checkboxes", "radio_buttons"):
        found.append(f"{where}: unknown element {kind!r}")
    return found


def options_problems(options: Any, where: str = "options") -> list[str]:
    if not isinstance(options, list) or len(options) > OPTIONS:
        return [f"{where}: at most 100 options"]
    found = []
    for k, option in enumerate(options):
        found += _plain(option.get("text"), f"{where}[{k}].text", OPTION_TEXT, required=True)
        value = option.get("value")
        if not isinstance(value, str) or not value or len(value) > OPTION_VALUE:
            found.append(f"{where}[{k}]: option value must be 1-150 characters")
    return found


def _text(text: Any, where: str, limit: int) -> list[str]:
    if not isinstance(text, dict) or text.get("type") not in ("mrkdwn", "plain_text"):
        return [f"{where}: not a text object"]
    value = text.get("text")
    if not isinstance(value, str) or not value or len(value) > limit:
        return [f"{where}: text must be 1-{limit} characters"]
    return []


def _plain(text: Any, where: str, limit: int, required: bool = False) -> list[str]:
    if text is None:
        return [f"{where}: missing"] if required else []
    if not isinstance(text, dict) or text.get("type") != "plain_text":
        return [f"{where}: must be plain_text"]
    return _text(text, where, limit)
