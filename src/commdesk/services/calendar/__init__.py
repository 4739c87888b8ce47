from commdesk.services.calendar.service import CalendarService

__all__ = ["CalendarService"]
