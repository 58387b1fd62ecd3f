"""Who may edit: one decision, fed with whatever facts the platform adapter has."""

from handlers.messages import Request


def is_admin(request: Request, admins: frozenset[str], admin_role: str | None = None) -> bool:
    """Allowlisted (`platform:user` in BRIEFBOT_ADMINS), a platform admin (Slack admin or
    owner, Discord Manage Server), or holding the configured admin role (Discord)."""
    if request.actor in admins or request.platform_admin:
        return True
    return bool(admin_role) and admin_role in request.roles
