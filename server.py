"""What `make run` serves: `streamlit run server.py [options]`.

The pages of app.py as a Streamlit App (st.App) with Salvo's start-up hooks (salvo/serve.py): the
attack table is read while the server starts, and the chart pages start loading the chart library
before their first chart arrives; and the read-only API under /api/ (salvo/dashboard/api.py).
`streamlit run app.py` serves the same pages without them.
"""
import streamlit as st
from starlette.middleware import Middleware

from salvo.dashboard import api, serve

app = st.App("app.py", lifespan=serve.read_ahead_on_start, routes=api.ROUTES,
             middleware=[Middleware(serve.EarlyPlotly)])
