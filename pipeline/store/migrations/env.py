"""Alembic environment: always run programmatically by pipeline.store.engine.migrate,
which hands over an open connection (so SQLite writes keep BEGIN IMMEDIATE)."""

from alembic import context

from pipeline.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
