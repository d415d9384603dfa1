import { render } from 'preact';
import { DashboardApp } from './app';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<DashboardApp />, root);
