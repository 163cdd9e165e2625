"""Initial schema: users, API tokens, submissions, findings, attachments, messages,
notifications and the append-only audit trail.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200)),
        sa.Column("oidc_subject", sa.String(255), unique=True),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_used_at", sa.DateTime),
        sa.Column("revoked_at", sa.DateTime),
    )
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("author_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False,
                  index=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("priority", sa.Integer, nullable=False),
        sa.Column("platform", sa.String(20)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("reply_to", sa.Text),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("verdict", sa.String(10)),
        sa.Column("report_json", sa.Text),
        sa.Column("medium", sa.String(200)),
        sa.Column("journalist", sa.String(200)),
        sa.Column("deadline", sa.Date),
        sa.Column("idempotency_key", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False, index=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("decided_at", sa.DateTime),
        sa.Column("decided_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("decision_comment", sa.Text),
        sa.Column("suggested_text", sa.Text),
        sa.Column("version", sa.Integer, nullable=False),
        sa.UniqueConstraint("author_id", "idempotency_key", name="uq_submission_idem"),
    )
    op.create_index("ix_submissions_queue", "submissions", ["status", "priority", "created_at"])
    op.create_table(
        "submission_findings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("submission_id", sa.Integer,
                  sa.ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("rule", sa.String(120), nullable=False),
        sa.Column("guidelines", sa.String(400), nullable=False),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("submission_id", sa.Integer,
                  sa.ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("stored_name", sa.String(64), nullable=False, unique=True),
        sa.Column("original_name", sa.String(255), nullable=False),
        sa.Column("image_format", sa.String(10), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("source", sa.String(30), nullable=False),
        sa.Column("credit", sa.String(300), nullable=False),
        sa.Column("metadata_credit", sa.String(300), nullable=False),
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("submission_id", sa.Integer,
                  sa.ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("author_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("submission_id", sa.Integer,
                  sa.ForeignKey("submissions.id", ondelete="CASCADE")),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("read_at", sa.DateTime),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False, index=True),
        sa.Column("actor_id", sa.Integer),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("submission_id", sa.Integer, index=True),
        sa.Column("detail", sa.String(200), nullable=False),
    )
    _protect_audit_trail()


def _protect_audit_trail() -> None:
    """Triggers that make the audit trail append-only in the database itself."""
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_events_no_{action.lower()} BEFORE {action} "
                       "ON audit_events BEGIN "
                       "SELECT RAISE(ABORT, 'audit_events is append-only'); END")
        return
    op.execute("CREATE FUNCTION wijzer_audit_append_only() RETURNS trigger AS $$ "
               "BEGIN RAISE EXCEPTION 'audit_events is append-only'; END; "
               "$$ LANGUAGE plpgsql")
    op.execute("CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE "
               "ON audit_events FOR EACH ROW EXECUTE FUNCTION wijzer_audit_append_only()")
    op.execute("CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE "
               "ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION wijzer_audit_append_only()")


def downgrade() -> None:
    for table in ("audit_events", "notifications", "messages", "attachments",
                  "submission_findings", "submissions", "api_tokens", "users"):
        op.drop_table(table)
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS wijzer_audit_append_only()")
