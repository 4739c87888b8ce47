"""The staff directory's window: members and their subscriptions, the subscription lists, the
import from CSV/xlsx and the list-hygiene report."""
