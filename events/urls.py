from balance_service.routing import route
from events.views import EventViewSet

urlpatterns = [route("events", EventViewSet.as_view({"get": "feed"}))]
